export type { SmartcarErrorTheme, SeverityTokens, ColorScheme } from './SmartcarErrorTheme';
