'use client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import {
  createErrorToasts,
  ErrorToaster,
  SmartcarErrorProvider,
  type VehicleIssuesStore,
} from 'smartcar-error-kit';
import fr from 'smartcar-error-kit/locales/fr';
import { APP_NAME, type AppLocale } from './appConfig';
import { FollowIssuesContext } from './followIssues';

const LOCALES = [fr];
const SUPPORT = { email: 'help@voltpark.example', phone: '+1 555 0100' };

/**
 * Everything client-side the whole app shares. A client component, so the handlers (functions)
 * are defined here: a server component such as `layout.tsx` cannot pass functions to a client
 * component. The layout gives it the locale as a plain string.
 */
export function Providers({
  locale,
  children,
}: {
  readonly locale: AppLocale;
  readonly children: ReactNode;
}) {
  const router = useRouter();
  // One toast store and one query client per browser tab (and per request on the server).
  const [toasts] = useState(() => createErrorToasts());
  // The vehicle issues the current page asks the toaster to follow (the fleet page's), if any.
  const [followed, setFollowed] = useState<VehicleIssuesStore>();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // Every failed query, once, as a toast: a handler outside React that reaches the store.
        queryCache: new QueryCache({ onError: (error) => toasts.show(error) }),
        defaultOptions: { queries: { retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <SmartcarErrorProvider
        appName={APP_NAME}
        locale={locale}
        locales={LOCALES}
        support={SUPPORT}
        toasts={toasts}
        onRetry={() => {
          // "Try again": fetch the server components again and refetch the page's queries.
          router.refresh();
          void queryClient.invalidateQueries();
        }}
        onReconnect={() => router.push('/reconnect')}
      >
        <FollowIssuesContext.Provider value={setFollowed}>{children}</FollowIssuesContext.Provider>
        {/* `issues` only when a page gave one (the prop is optional, not `| undefined`). */}
        <ErrorToaster {...(followed === undefined ? {} : { issues: followed })} />
      </SmartcarErrorProvider>
    </QueryClientProvider>
  );
}
