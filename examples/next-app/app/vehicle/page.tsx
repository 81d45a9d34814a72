import { ErrorBanner } from 'smartcar-error-kit';
import { parseSmartcarResponse, toErrorDisplay } from 'smartcar-error-kit/core';
import fr from 'smartcar-error-kit/locales/fr';
import { mockSmartcarFetch } from '../../smartcar/mockSmartcarFetch';
import { APP_NAME } from '../appConfig';
import { requestLocale } from '../requestLocale';

/** A server component: it asks Smartcar for the battery level and gets an error back. */
export default async function VehiclePage() {
  const response = await mockSmartcarFetch('upstreamNoResponse');
  if (!response.ok) {
    // smartcar-error-kit/core runs on the server; `display` is plain data, so it may cross to
    // the client component ErrorBanner as a prop. A SmartcarError instance may not: pass
    // `error.toJSON()` instead when the client should do the wording.
    const error = await parseSmartcarResponse(response);
    const display = toErrorDisplay(error, {
      appName: APP_NAME,
      locale: await requestLocale(),
      locales: [fr],
      // Offer support too: its card shows the request id the support team will ask for.
      actions: { UPSTREAM: ['retry', 'contact-support'] },
    });
    return (
      <main>
        <h1>Battery</h1>
        <ErrorBanner error={display} />
      </main>
    );
  }
  return (
    <main>
      <h1>Battery</h1>
      <p>Battery level: {String(await response.json())}</p>
    </main>
  );
}
