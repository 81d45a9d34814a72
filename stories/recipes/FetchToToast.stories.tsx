import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState } from 'react';
import {
  ErrorToaster,
  parseSmartcarError,
  parseSmartcarResponse,
  useErrorToasts,
} from 'smartcar-error-kit';
import type { SmartcarError } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import {
  HttpResponse,
  SMARTCAR_API,
  VEHICLE_ID,
  failThenSucceed,
  mockSmartcar,
  smartcarErrorResponse,
} from '../support/mockSmartcar';
import { animationsSettled } from '../support/storyKit';
import { openToasts, toastsSettled } from '../support/ToasterStage';
import { containing, storyPack } from '../../.storybook/storyLocale';
import { StoryButton, StoryText } from '../support/StoryText';

/** `Retry-After` of the rate-limit scenario, in seconds. */
const RETRY_AFTER_S = 2;

/** Longest the countdown may take to enable Retry on a loaded machine. */
const COUNTDOWN_TIMEOUT_MS = 8000;

interface Battery {
  readonly percentRemaining: number;
  readonly range: number;
}

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ok'; battery: Battery }
  | { state: 'failed'; error: SmartcarError };

/**
 * An app's battery widget: `fetch` the Smartcar endpoint; on a failed response,
 * `parseSmartcarResponse(response)` (status, body, `SC-Request-Id`, `Retry-After`) and show the
 * error as a toast; a rejected `fetch` (offline) goes to `show` as it is. The toast's Retry
 * calls the same `load`.
 */
function BatteryWidget() {
  const { show } = useErrorToasts();
  const [load, setLoad] = useState<Load>({ state: 'idle' });

  const refresh = useCallback(async () => {
    setLoad({ state: 'loading' });
    try {
      const response = await fetch(`${SMARTCAR_API}/vehicles/${VEHICLE_ID}/battery`, {
        headers: { Authorization: 'Bearer demo-access-token' },
      });
      if (!response.ok) {
        const error = await parseSmartcarResponse(response);
        show(error);
        setLoad({ state: 'failed', error });
        return;
      }
      setLoad({ state: 'ok', battery: (await response.json()) as Battery });
    } catch (failure) {
      const error = parseSmartcarError(failure);
      show(error);
      setLoad({ state: 'failed', error });
    }
  }, [show]);

  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '32rem' }}>
      <StoryText as="h2">Model 3 — battery</StoryText>
      <div>
        <StoryButton onClick={() => void refresh()} disabled={load.state === 'loading'}>
          Check battery
        </StoryButton>
      </div>
      <StoryText role="status">
        {load.state === 'ok'
          ? `Battery ${Math.round(load.battery.percentRemaining * 100)} %, ${load.battery.range} km of range.`
          : load.state === 'loading'
            ? 'Asking the car…'
            : ''}
      </StoryText>
      {load.state === 'failed' && (
        <dl
          data-testid="received"
          style={{
            margin: 0,
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: '0.25rem 1rem',
          }}
        >
          <dt>Parsed error</dt>
          <dd style={{ margin: 0 }}>
            <code>
              {load.error.code === null ? load.error.type : `${load.error.type}.${load.error.code}`}
            </code>
          </dd>
          <dt>HTTP status</dt>
          <dd style={{ margin: 0 }}>{load.error.statusCode ?? '—'}</dd>
          <dt>Request id</dt>
          <dd style={{ margin: 0 }}>
            <code>{load.error.requestId ?? '—'}</code>
          </dd>
          <dt>Retry-After</dt>
          <dd style={{ margin: 0 }}>
            {load.error.retryAfterSeconds === null ? '—' : `${load.error.retryAfterSeconds} s`}
          </dd>
        </dl>
      )}
      <ErrorToaster onRetry={() => void refresh()} />
    </div>
  );
}

const batteryOk = () => HttpResponse.json({ percentRemaining: 0.8, range: 320 });

/** The handler of the current story, so its play function can count the requests. */
let scenario = failThenSucceed('/vehicles/:id/battery', [], batteryOk);

function scenarioWith(failures: readonly (() => Response)[]) {
  return async () => {
    scenario = failThenSucceed('/vehicles/:id/battery', failures, batteryOk);
    return mockSmartcar(scenario.handler);
  };
}

const meta = {
  title: 'Recipes/Fetch with Mock Service Worker',
  component: BatteryWidget,
  parameters: {
    kit: { single: true },
    docs: {
      // In its own frame, so the toasts stay in the story's corner.
      story: { inline: false, height: '420px' },
      description: {
        component:
          '`fetch` against a Smartcar endpoint mocked with Mock Service Worker, which answers with the real error bodies from the fixtures, their HTTP status and the `SC-Request-Id` / `Retry-After` headers. The app reads a failed response with `parseSmartcarResponse` and shows it with `useErrorToasts().show`; the toast’s Retry calls the request again.',
      },
    },
  },
} satisfies Meta<typeof BatteryWidget>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * 429 RATE_LIMIT with `Retry-After: 2`: a toast whose Retry counts down; after it, Retry
 * succeeds and the toast closes.
 */
export const RateLimitedThenRetrySucceeds: Story = {
  beforeEach: scenarioWith([
    () => smartcarErrorResponse('RATE_LIMIT__VEHICLE__1', { retryAfterSeconds: RETRY_AFTER_S }),
  ]),
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui, messages } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Check battery' }));
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveTextContent(messages.RATE_LIMIT.title);
    const received = await canvas.findByTestId('received');
    await expect(received).toHaveTextContent('RATE_LIMIT.VEHICLE');
    await expect(received).toHaveTextContent('429');
    await expect(received).toHaveTextContent('5dea93a1-3f79-4246-90c5-89610a20471b');
    await expect(received).toHaveTextContent(`${RETRY_AFTER_S} s`);
    const retry = within(toast!).getByRole('button', { name: containing(ui.actionRetry) });
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: COUNTDOWN_TIMEOUT_MS });
    await userEvent.click(retry);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Battery 80 %'));
    await waitFor(() => expect(openToasts(canvasElement)).toHaveLength(0));
    await expect(scenario.calls()).toBe(2);
  },
};

/** 409 VEHICLE_STATE.ASLEEP: a warning toast; nothing to retry right away. */
export const VehicleAsleep: Story = {
  beforeEach: scenarioWith([() => smartcarErrorResponse('VEHICLE_STATE__ASLEEP__1')]),
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { messages } = storyPack({ globals, parameters, args });
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check battery' }));
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveTextContent(messages['VEHICLE_STATE.ASLEEP'].title);
    await expect(within(canvasElement).getByTestId('received')).toHaveTextContent('409');
  },
};

/** 401 AUTHENTICATION: a critical, persistent toast asking to reconnect. */
export const AccessTokenRejected: Story = {
  beforeEach: scenarioWith([() => smartcarErrorResponse('AUTHENTICATION__NULL__1')]),
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check battery' }));
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveAttribute('data-sek-severity', 'critical');
  },
};

/** The request never got an answer (`fetch` rejects): a network toast without a request id. */
export const NetworkFailure: Story = {
  beforeEach: scenarioWith([() => HttpResponse.error()]),
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check battery' }));
    await toastsSettled(canvasElement);
    const received = within(canvasElement).getByTestId('received');
    await expect(received).toHaveTextContent('NETWORK');
    await animationsSettled();
  },
};
