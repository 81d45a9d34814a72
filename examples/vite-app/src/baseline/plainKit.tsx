/**
 * What an app without the kit would still have: the same names, as plain markup and a bare
 * `Error`, with no parsing, wording, actions, styles or Radix. Only `npm run size:app` builds it
 * (vite.baseline.config.ts), so that the difference of the two builds is the kit's in-app cost.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';

export type SmartcarError = Error;

export function parseSmartcarError(input: unknown): SmartcarError {
  return input instanceof Error ? input : new Error(String(input));
}

export async function parseSmartcarResponse(response: Response): Promise<SmartcarError> {
  return new Error(`${response.status} ${await response.text()}`);
}

export function parseConnectRedirect(search: string): SmartcarError | null {
  const error = new URLSearchParams(search).get('error');
  return error === null ? null : new Error(error);
}

const Toasts = createContext<(error: unknown) => void>(() => {});

export function SmartcarErrorProvider({ children }: { readonly children?: ReactNode }) {
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <Toasts.Provider value={(error) => setErrors((all) => [...all, String(error)])}>
      {children}
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
    </Toasts.Provider>
  );
}

export function ErrorToaster() {
  return null;
}

export function useErrorToasts() {
  return { show: useContext(Toasts) };
}

export function ErrorBanner({ error }: { readonly error: unknown; readonly [prop: string]: unknown }) {
  return <p role="alert">{String(error)}</p>;
}

export function SupportContactCard({
  error,
}: {
  readonly error: unknown;
  readonly [prop: string]: unknown;
}) {
  return <p>{String(error)}</p>;
}
