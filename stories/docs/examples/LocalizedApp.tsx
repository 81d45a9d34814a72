// Shown verbatim on the "Docs/Languages" page (imported there with `?raw`), so the snippet there
// is this file, type-checked and linted with the rest of the repository.
import type { ReactNode } from 'react';
import { SmartcarErrorProvider, resolveLocalePack } from 'smartcar-error-kit';
import ar from 'smartcar-error-kit/locales/ar';
import de from 'smartcar-error-kit/locales/de';
import es from 'smartcar-error-kit/locales/es';
import fr from 'smartcar-error-kit/locales/fr';
import it from 'smartcar-error-kit/locales/it';
import nb from 'smartcar-error-kit/locales/nb';
import nl from 'smartcar-error-kit/locales/nl';
import sv from 'smartcar-error-kit/locales/sv';

// English is built in; import only the packs your app ships (each is its own small chunk).
const locales = [fr, de, es, it, nl, sv, nb, ar];

export function LocalizedApp({ children }: { children: ReactNode }) {
  const locale = navigator.language; // e.g. 'nb-NO' → nb, 'ar-EG' → ar, 'ja' → English
  const pack = resolveLocalePack(locale, locales);
  return (
    <SmartcarErrorProvider appName="VoltPark" locale={locale} locales={locales}>
      {/* Arabic reads right to left: give the kit's components a right-to-left container. */}
      <div dir={pack.locale === 'ar' ? 'rtl' : 'ltr'} lang={pack.locale}>
        {children}
      </div>
    </SmartcarErrorProvider>
  );
}
