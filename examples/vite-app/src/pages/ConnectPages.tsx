import { ErrorBanner, parseConnectRedirect } from 'smartcar-error-kit';
import { Link, useLocation } from '../router';

/** Where "Reconnect" leads. A real app sends the person to Smartcar Connect from here. */
export function ConnectPage() {
  return (
    <main>
      <h1>Connect a car</h1>
      <p>VoltPark reads your car's battery and starts charging through Smartcar.</p>
      {/* Stands in for Smartcar Connect, which redirects back with an error when the person
          declines access. */}
      <Link to="/connect/callback?error=access_denied&error_description=User+denied+access+to+application">
        Continue with Smartcar
      </Link>
    </main>
  );
}

// #region connect-callback
/** The redirect URI: Smartcar Connect comes back here, with `?error=…` when it did not work. */
export function ConnectCallbackPage() {
  const { search } = useLocation();
  // `null` when the redirect carries no error: the car is connected.
  const error = parseConnectRedirect(search);
  return (
    <main>
      <h1>Connect a car</h1>
      {error === null ? (
        <p>Your car is connected.</p>
      ) : (
        <ErrorBanner error={error} headingLevel={2} />
      )}
      <p>
        <Link to="/">Back to VoltPark</Link>
      </p>
    </main>
  );
}
// #endregion connect-callback
