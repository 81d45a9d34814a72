import { headers } from 'next/headers';
import { APP_LOCALES, type AppLocale } from './appConfig';

/**
 * The locale for this request, read on the server from `Accept-Language` (first supported
 * language wins, else English). `navigator` does not exist while Next renders on the server, so
 * the locale is chosen here and handed to the client wrapper as a plain string: server and
 * browser render the same words and hydration matches.
 */
export async function requestLocale(): Promise<AppLocale> {
  const accepted = (await headers()).get('accept-language') ?? '';
  for (const range of accepted.split(',')) {
    const language = range.split(';')[0]?.trim().split('-')[0]?.toLowerCase();
    const supported = APP_LOCALES.find((locale) => locale === language);
    if (supported !== undefined) return supported;
  }
  return 'en';
}
