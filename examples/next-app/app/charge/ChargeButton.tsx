'use client';
import { useTransition } from 'react';
import { useErrorToasts } from 'smartcar-error-kit';
import { startCharging } from './actions';

export function ChargeButton() {
  const toasts = useErrorToasts();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await startCharging();
          // The action's failure, as plain data, becomes a toast.
          if (!result.ok) toasts.show(result.error);
        })
      }
    >
      Start charging
    </button>
  );
}
