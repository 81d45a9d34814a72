import type { ReactNode } from 'react';
import { ErrorToaster, SmartcarErrorProvider } from 'smartcar-error-kit';
import { BatteryPage } from './pages/BatteryPage';
import { ChargingPage } from './pages/ChargingPage';
import { ConnectCallbackPage, ConnectPage } from './pages/ConnectPages';
import { HomePage } from './pages/HomePage';
import { recordEvent } from './analytics';
import { retryPending } from './retry';
import { Link, navigate, useLocation } from './router';

// #region provider
// Module constants: the provider memoises on them.
const SUPPORT = { email: 'help@voltpark.example', phone: '+1 555 0100' };
// Offer "Contact support" beside "Try again" when the car brand does not answer.
const ACTIONS = { UPSTREAM: ['retry', 'contact-support'] } as const;

export function App() {
  return (
    <SmartcarErrorProvider
      appName="VoltPark"
      locale={navigator.language}
      support={SUPPORT}
      actions={ACTIONS}
      // "Try again" in a toast: redo what failed. A banner may pass its own onRetry.
      onRetry={() => retryPending()}
      // "Reconnect": send the person through Smartcar Connect again.
      onReconnect={() => navigate('/connect')}
      // One event per thing a person saw or did, without personal data: for the product team.
      onEvent={recordEvent}
    >
      <Shell>
        <CurrentPage />
      </Shell>
      <ErrorToaster />
    </SmartcarErrorProvider>
  );
}
// #endregion provider

function CurrentPage() {
  const { pathname } = useLocation();
  switch (pathname) {
    case '/':
      return <HomePage />;
    case '/battery':
      return <BatteryPage />;
    case '/charging':
      return <ChargingPage />;
    case '/connect':
      return <ConnectPage />;
    case '/connect/callback':
      return <ConnectCallbackPage />;
    default:
      return (
        <main>
          <h1>Page not found</h1>
          <p>
            <Link to="/">Back to VoltPark</Link>
          </p>
        </main>
      );
  }
}

function Shell({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <header className="vp-header">
        <span className="vp-logo" aria-hidden="true">
          ⚡
        </span>
        <nav aria-label="Main">
          <Link to="/">VoltPark</Link>
          <Link to="/battery">Battery</Link>
          <Link to="/charging">Charging</Link>
          <Link to="/connect">Connect a car</Link>
        </nav>
      </header>
      <div className="vp-content">{children}</div>
    </>
  );
}
