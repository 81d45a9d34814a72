/** Plain constants shared by server and client code (strings cross the boundary as they are). */
export const APP_NAME = 'VoltPark';

/** Languages the app speaks: English is built into the kit, French comes from its locale pack. */
export const APP_LOCALES = ['en', 'fr'] as const;

export type AppLocale = (typeof APP_LOCALES)[number];
