import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorToaster, parseSmartcarResponse, useErrorToasts } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import {
  HttpResponse,
  SMARTCAR_API,
  VEHICLE_ID,
  failThenSucceed,
  http,
  mockSmartcar,
  smartcarErrorResponse,
} from '../support/mockSmartcar';
import { toastsSettled } from '../support/ToasterStage';
import { containing, storyPack } from '../../.storybook/storyLocale';
import { StoryButton, StoryText } from '../support/StoryText';

/** A failed Smartcar response becomes a thrown `SmartcarError` (an `Error`), as queries expect. */
async function smartcarFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${SMARTCAR_API}${path}`, {
    ...init,
    headers: { Authorization: 'Bearer demo-access-token', ...init?.headers },
  });
  if (!response.ok) throw await parseSmartcarResponse(response);
  return (await response.json()) as T;
}

interface Odometer {
  readonly distance: number;
}

function VehiclePanel() {
  const odometer = useQuery({
    queryKey: ['odometer', VEHICLE_ID],
    queryFn: () => smartcarFetch<Odometer>(`/vehicles/${VEHICLE_ID}/odometer`),
  });
  const lock = useMutation({
    mutationFn: () =>
      smartcarFetch<{ status: string }>(`/vehicles/${VEHICLE_ID}/security`, {
        method: 'POST',
        body: JSON.stringify({ action: 'LOCK' }),
      }),
  });
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '32rem' }}>
      <StoryText as="h2">Fleet vehicle 12</StoryText>
      <StoryText role="status">
        {odometer.isSuccess
          ? `Odometer: ${odometer.data.distance.toLocaleString('en')} km`
          : odometer.isFetching
            ? 'Reading the odometer…'
            : 'Odometer unavailable.'}
      </StoryText>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <StoryButton onClick={() => void odometer.refetch()}>Refresh odometer</StoryButton>
        <StoryButton onClick={() => lock.mutate()}>Lock doors</StoryButton>
      </div>
    </div>
  );
}

/**
 * One `QueryClient` whose caches send every failed query and mutation to the toasts: the
 * components only describe what to fetch.
 */
function QueryToastsApp() {
  // `show` keeps its identity for the provider's lifetime, so the client can hold it.
  const { show } = useErrorToasts();
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: (error) => show(error) }),
        mutationCache: new MutationCache({ onError: (error) => show(error) }),
        // Smartcar says when to retry (Retry-After, resolution): the toast offers it instead.
        defaultOptions: { queries: { retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <VehiclePanel />
      <ErrorToaster onRetry={() => void client.refetchQueries({ type: 'active' })} />
    </QueryClientProvider>
  );
}

let odometer = failThenSucceed('/vehicles/:id/odometer', [], () =>
  HttpResponse.json({ distance: 0 }),
);

const meta = {
  title: 'Recipes/TanStack Query',
  component: QueryToastsApp,
  parameters: {
    kit: { single: true },
    docs: {
      // In its own frame, so the toasts stay in the story's corner.
      story: { inline: false, height: '420px' },
      description: {
        component:
          'TanStack Query’s `QueryCache` and `MutationCache` `onError` feed `useErrorToasts().show`: the query function throws `await parseSmartcarResponse(response)` for a failed response, and every failed query or mutation becomes a toast. Retry refetches the active queries.',
      },
    },
  },
  beforeEach: async () => {
    odometer = failThenSucceed(
      '/vehicles/:id/odometer',
      [() => smartcarErrorResponse('UPSTREAM__NO_RESPONSE__1')],
      () => HttpResponse.json({ distance: 48213 }),
    );
    return mockSmartcar(
      odometer.handler,
      http.post(`${SMARTCAR_API}/vehicles/:id/security`, () =>
        smartcarErrorResponse('VEHICLE_STATE__DOOR_OPEN__1'),
      ),
    );
  },
} satisfies Meta<typeof QueryToastsApp>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The odometer query fails (502 UPSTREAM.NO_RESPONSE): a toast; Retry refetches and succeeds. */
export const QueryErrorToToast: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui, messages } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveTextContent(messages.UPSTREAM.title);
    await userEvent.click(within(toast!).getByRole('button', { name: containing(ui.actionRetry) }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('48,213 km'));
    await expect(odometer.calls()).toBe(2);
  },
};

/** Locking fails with 409 DOOR_OPEN: the mutation's error becomes a toast as well. */
export const MutationErrorToToast: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { messages } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    await toastsSettled(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Lock doors' }));
    // Both toasts open and done animating before looking: the enter animation starts at
    // opacity 0, which a loaded machine can hold longer than a retry loop waits.
    await toastsSettled(canvasElement, 2);
    await expect(canvas.getByText(messages['VEHICLE_STATE.DOOR_OPEN'].title)).toBeVisible();
  },
};
