export { SmartcarErrorProvider } from './SmartcarErrorProvider';
export type { SmartcarErrorProviderProps } from './SmartcarErrorProvider';
export { useThemeRootProps } from './useThemeRootProps';
export type { ThemeRootOptions, ThemeRootProps } from './useThemeRootProps';
