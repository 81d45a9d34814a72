export type { SmartcarErrorTheme, SeverityTokens, ColorScheme } from './SmartcarErrorTheme';
export { themeToCssVars } from './themeToCssVars';
