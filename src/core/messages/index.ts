export type { CompleteLocalePack, LocalePack, MessageEntry, UiStrings } from './LocalePack';
export { englishLocale } from './englishLocale';
export { formatTemplate } from './formatTemplate';
export type { TemplateValues } from './formatTemplate';
export { resolveLocalePack } from './resolveLocalePack';
