import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import {
  ErrorBanner,
  ErrorToaster,
  SmartcarErrorProvider,
  useErrorToasts,
  type SmartcarErrorEvent,
} from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import { documentedError } from '../support/documentedErrors';
import { storyPack } from '../../.storybook/storyLocale';

const RECONNECT = documentedError('AUTHENTICATION').error;
const ASLEEP = documentedError('VEHICLE_STATE.ASLEEP').error;

function Page() {
  const { show } = useErrorToasts();
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '34rem' }}>
      <ErrorBanner error={ASLEEP} onDismiss={() => {}} />
      <div>
        <button type="button" onClick={() => show(RECONNECT)}>
          Lose the car’s permission
        </button>
      </div>
    </div>
  );
}

/**
 * `onEvent` writes every event in a list, as an analytics tool would receive it: no message
 * text, URL, VIN, vehicle or user id, or app name; see the README's recipes for Sentry
 * breadcrumbs, PostHog/Segment and OpenTelemetry log records (stories/recipes/analyticsRecipes.ts).
 */
function AnalyticsDemo() {
  const [events, setEvents] = useState<readonly SmartcarErrorEvent[]>([]);
  return (
    <SmartcarErrorProvider
      appName="VoltPark"
      onReconnect={() => {}}
      onEvent={(event) => setEvents((list) => [...list, event])}
    >
      <Page />
      <h3>Events sent to onEvent</h3>
      <ol data-testid="events" style={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
        {events.map((event, index) => (
          <li key={index}>{JSON.stringify(event)}</li>
        ))}
      </ol>
      <ErrorToaster />
    </SmartcarErrorProvider>
  );
}

const meta = {
  title: 'Recipes/Analytics events',
  component: AnalyticsDemo,
  parameters: {
    kit: { single: true },
    docs: {
      description: {
        component:
          '`<SmartcarErrorProvider onEvent={…} includeRequestId?>`: one event for each thing a person saw or did, for a product team to count, without personal data. Recipes in the README: `Sentry.addBreadcrumb`, PostHog `capture` / Segment `track`, OpenTelemetry log records with `error.type`.',
      },
    },
  },
} satisfies Meta<typeof AnalyticsDemo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A banner shown; a reconnect toast arrives and the person presses Reconnect. */
export const EventLog: Story = {
  play: async ({ canvasElement, userEvent, globals, parameters, args }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    const log = canvas.getByTestId('events');
    await waitFor(() => expect(log).toHaveTextContent('"surface":"banner"'));
    await userEvent.click(canvas.getByRole('button', { name: 'Lose the car’s permission' }));
    await waitFor(() => expect(log).toHaveTextContent('"type":"AUTHENTICATION"'));
    const reconnect = await canvas.findByRole('button', { name: ui.actionReconnect });
    await userEvent.click(reconnect);
    await waitFor(() => expect(log).toHaveTextContent('"action":"reconnect"'));
    const text = log.textContent ?? '';
    await expect(text).not.toMatch(/VoltPark|https?:|@/);
  },
};
