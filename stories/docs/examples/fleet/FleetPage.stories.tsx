/**
 * The "Fleets and webhooks" example, running: `FleetPage` exactly as the page and the README show
 * it (./FleetPage.tsx), its `EventSource` replaced by one that delivers Smartcar webhook v4
 * `VEHICLE_ERROR` events: three cars lose their permission, a duplicate delivery, one car is
 * resolved. Shown on that page, not in the sidebar (`!dev`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { fleetVehicles, vehicleErrorEvent } from '../../../../test/fixtures/fleetEvents';
import { storyPack } from '../../../../.storybook/storyLocale';
import { FleetPage } from './FleetPage';

const EVENTS_URL = '/fleet/events';
const cars = fleetVehicles(3);
const lost = cars.map((car) => vehicleErrorEvent('reconnect', car));
const SCRIPT = [...lost, lost[0], vehicleErrorEvent('reconnect', cars[2]!, 'RESOLVED')];

/** Milliseconds between two events of the script, so the page is seen to change. */
const EVENT_INTERVAL_MS = 300;

/** An `EventSource` that sends the script's events as JSON text, one every EVENT_INTERVAL_MS. */
class ScriptedEventSource extends EventTarget {
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  private readonly timers: ReturnType<typeof setTimeout>[];
  constructor(readonly url: string) {
    super();
    this.timers = SCRIPT.map((event, index) =>
      setTimeout(
        () => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(event) })),
        (index + 1) * EVENT_INTERVAL_MS,
      ),
    );
  }
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }
}

const meta = {
  title: 'Docs/Examples/Fleets and webhooks',
  component: FleetPage,
  tags: ['!dev', '!autodocs'],
  args: { eventsUrl: EVENTS_URL },
  parameters: { kit: { single: true }, docs: { story: { autoplay: true } } },
  beforeEach: () => {
    const real = globalThis.EventSource;
    globalThis.EventSource = ScriptedEventSource as unknown as typeof EventSource;
    return () => {
      globalThis.EventSource = real;
    };
  },
} satisfies Meta<typeof FleetPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three cars need reconnecting, then two: a duplicate delivery changes nothing. */
export const LiveFleet: Story = {
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { locale, ui } = storyPack({ globals, parameters, args });
    const count = (n: number) => new Intl.NumberFormat(locale).format(n);
    const canvas = within(canvasElement);
    const sentence = () => canvas.getByRole('heading', { level: 3 });
    await waitFor(() => expect(sentence()).toHaveTextContent(count(3)), { timeout: 5000 });
    await expect(canvas.getByRole('button', { name: ui.actionReconnect })).toBeVisible();
    // the duplicate, then the resolution: 2 cars left (Arabic spells two out)
    await waitFor(() => expect(sentence()).not.toHaveTextContent(count(3)), { timeout: 5000 });
    await expect(canvasElement.querySelectorAll('[data-sek-part="group"]')).toHaveLength(1);
  },
};
