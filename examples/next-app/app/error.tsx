'use client';
import { ErrorBanner } from 'smartcar-error-kit';

// A thrown server error reaches this boundary stripped (generic message, a `digest`), so the kit
// shows its safe generic wording; "Try again" renders the segment again.
const ACTIONS = { UNKNOWN: ['retry', 'contact-support'] } as const;

export default function ErrorPage({
  error,
  retry,
}: {
  readonly error: unknown;
  readonly retry: () => void;
}) {
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  return (
    <main>
      <ErrorBanner error={error} actions={ACTIONS} onRetry={retry} />
      {digest === null ? null : <p>Reference for support: {digest}</p>}
    </main>
  );
}
