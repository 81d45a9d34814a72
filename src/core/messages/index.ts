export type { LocalePack, MessageEntry, UiStrings } from './LocalePack';
