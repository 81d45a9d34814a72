import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import {
  createErrorToasts,
  ErrorToaster,
  parseSmartcarResponse,
  SmartcarErrorProvider,
} from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import {
  HttpResponse,
  SMARTCAR_API,
  VEHICLE_ID,
  failThenSucceed,
  mockSmartcar,
  smartcarErrorResponse,
} from '../support/mockSmartcar';
import { toastsSettled } from '../support/ToasterStage';
import { containing, storyPack } from '../../.storybook/storyLocale';
import { StoryText } from '../support/StoryText';

// Module scope, as in an app's `src/toasts.ts` and `src/queryClient.ts`: created once, before
// any component renders, and safe on a server (no timer starts until a toast is shown).
/** The app's toast store: `show` works from anywhere, not only inside components. */
const toasts = createErrorToasts();

/** Every failed query becomes a toast, without a hook: the cache calls the store directly. */
const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => toasts.show(error) }),
  // Smartcar says when to retry (Retry-After, resolution): the toast offers it instead.
  defaultOptions: { queries: { retry: false } },
});

/** A failed Smartcar response becomes a thrown `SmartcarError`, as queries expect. */
async function smartcarFetch<T>(path: string): Promise<T> {
  const response = await fetch(`${SMARTCAR_API}${path}`, {
    headers: { Authorization: 'Bearer demo-access-token' },
  });
  if (!response.ok) throw await parseSmartcarResponse(response);
  return (await response.json()) as T;
}

function BatteryPanel() {
  const battery = useQuery({
    queryKey: ['battery', VEHICLE_ID],
    queryFn: () => smartcarFetch<{ percentRemaining: number }>(`/vehicles/${VEHICLE_ID}/battery`),
  });
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '32rem' }}>
      <StoryText as="h2">Fleet vehicle 12</StoryText>
      <StoryText role="status">
        {battery.isSuccess
          ? `Battery: ${Math.round(battery.data.percentRemaining * 100)} %`
          : battery.isFetching
            ? 'Reading the battery…'
            : 'Battery unavailable.'}
      </StoryText>
    </div>
  );
}

/**
 * The provider renders the module's store (`toasts={toasts}`): toasts shown by the cache take
 * this provider's app name and locale. Retry refetches the active queries.
 */
function OutsideReactApp() {
  return (
    <SmartcarErrorProvider toasts={toasts}>
      <QueryClientProvider client={queryClient}>
        <BatteryPanel />
        <ErrorToaster onRetry={() => void queryClient.refetchQueries({ type: 'active' })} />
      </QueryClientProvider>
    </SmartcarErrorProvider>
  );
}

let battery = failThenSucceed('/vehicles/:id/battery', [], () =>
  HttpResponse.json({ percentRemaining: 0 }),
);

const meta = {
  title: 'Recipes/Toasts from outside React',
  component: OutsideReactApp,
  parameters: {
    kit: { single: true },
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component:
          '`createErrorToasts()` makes a toast store at module scope; TanStack Query’s `QueryCache` `onError` calls `toasts.show(error)` directly (no hook, no component), and `<SmartcarErrorProvider toasts={toasts}>` with an `ErrorToaster` below renders the toasts, worded with that provider’s config. The same store works from a fetch interceptor or a Server Action’s result handler. Two stores are independent; there is no shared default one.',
      },
    },
  },
  beforeEach: async () => {
    // The store and the client live at module scope: start each story from empty.
    toasts.dismissAll();
    queryClient.clear();
    battery = failThenSucceed(
      '/vehicles/:id/battery',
      [() => smartcarErrorResponse('UPSTREAM__NO_RESPONSE__1')],
      () => HttpResponse.json({ percentRemaining: 0.72 }),
    );
    const stop = await mockSmartcar(battery.handler);
    return () => {
      toasts.dismissAll();
      stop();
    };
  },
} satisfies Meta<typeof OutsideReactApp>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The battery query fails (502 UPSTREAM.NO_RESPONSE): the cache's `toasts.show` makes a toast. */
export const QueryCacheOnError: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    // The toolbar's locale (Arabic in the right-to-left modes) words the toast.
    const { ui, messages } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveTextContent(messages.UPSTREAM.title);
    await expect(toasts.getSnapshot().visible).toHaveLength(1);
    await userEvent.click(within(toast!).getByRole('button', { name: containing(ui.actionRetry) }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('72 %'));
    await expect(battery.calls()).toBe(2);
  },
};
