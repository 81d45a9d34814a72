import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { FleetIssueSummary, createVehicleIssues } from 'smartcar-error-kit';
import type { FleetIssueSummaryProps } from 'smartcar-error-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
import {
  fleetIssues,
  fleetVehicles,
  vehicleErrorEvent,
  type FleetGroup,
} from '../../test/fixtures/fleetEvents';
import { firstPane, paneQueries } from '../support/panes';
import {
  componentArgs,
  kitArgTypes,
  themeTokenArgTypes,
  withPlaygroundDirection,
  type PlaygroundExtras,
} from '../support/playgroundArgs';
import { VOLTPARK_SUPPORT } from '../support/storyKit';
import { StoryButton, StoryText } from '../support/StoryText';
import { themeFromArgs } from '../support/themeTokens';
import { storyPack } from '../../.storybook/storyLocale';

/** A group for every action a fleet meets, most urgent first. */
const EVERY_GROUP: readonly FleetGroup[] = [
  { kind: 'reconnect', vehicles: fleetVehicles(3) },
  { kind: 'billing', vehicles: fleetVehicles(1, 3) },
  { kind: 'open-url', vehicles: fleetVehicles(2, 4) },
  { kind: 'contact-support', vehicles: fleetVehicles(1, 6) },
  { kind: 'retry', vehicles: fleetVehicles(5, 7) },
  { kind: 'none', vehicles: fleetVehicles(2, 12) },
];

/** The summary's root in the first pane. */
const summaryIn = (canvasElement: HTMLElement) =>
  firstPane(canvasElement).querySelector<HTMLElement>('[data-sek-component="fleet"]')!;

/** The count as the story's language writes it ("1,000"). */
const countIn = (locale: string, count: number) => new Intl.NumberFormat(locale).format(count);

const meta = {
  title: 'Components/FleetIssueSummary',
  component: FleetIssueSummary,
  args: {
    issues: fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(3) }]),
    onReconnect: fn(),
    onRetry: fn(),
    onAction: fn(),
  },
  argTypes: {
    issues: {
      control: false,
      description: 'The store (`createVehicleIssues()`); the stories use a small stand-in.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What is wrong right now across a fleet, grouped by what a person must do: one row per group with a counted sentence ("3 cars need reconnecting"), the cars named and folded past a few, and one action that gets every car of the group. Reads a vehicle-issues store with `useSyncExternalStore`; changes are announced politely. Contract: **Docs › Contracts › FleetIssueSummary**.',
      },
    },
  },
} satisfies Meta<typeof FleetIssueSummary>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three cars lost their permission: one sentence, three names, one Reconnect. */
export const Default: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const pack = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    await expect(pane.getByRole('heading', { level: 3 })).toHaveTextContent(
      countIn(pack.locale, 3),
    );
    await userEvent.click(pane.getByRole('button', { name: pack.ui.actionReconnect }));
    await expect(args.onReconnect).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'CONNECTED_SERVICES_ACCOUNT', code: 'PERMISSION' }),
      args.issues.getSnapshot().groups[0]!.vehicles,
    );
  },
};

/** One car: the singular sentence, no fold. */
export const OneCar: Story = {
  args: { issues: fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1) }]) },
  play: async ({ canvasElement }) => {
    await expect(summaryIn(canvasElement).querySelector('[data-sek-part="toggle"]')).toBeNull();
  },
};

/** Every group a fleet meets, each with its one action (or none, when nobody can act). */
export const SeveralGroups: Story = {
  args: { issues: fleetIssues(EVERY_GROUP) },
  parameters: { kit: { support: VOLTPARK_SUPPORT } },
  play: async ({ canvasElement }) => {
    const groups = summaryIn(canvasElement).querySelectorAll('[data-sek-part="group"]');
    await expect([...groups].map((group) => group.getAttribute('data-sek-action'))).toEqual([
      'reconnect',
      'billing',
      'open-url',
      'contact-support',
      'retry',
      'none',
    ]);
    await expect(groups[5]?.querySelector('[data-sek-part="action"]')).toBeNull();
  },
};

/** 1,000 cars in one group: three names and a count; unfolded, 50 names and the rest counted. */
export const ThousandCars: Story = {
  args: { issues: fleetIssues([{ kind: 'retry', vehicles: fleetVehicles(1000) }]) },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { locale } = storyPack({ globals, parameters, args });
    const root = summaryIn(canvasElement);
    await expect(within(root).getByRole('heading', { level: 3 })).toHaveTextContent(
      countIn(locale, 1000),
    );
    await expect(root.querySelectorAll('*').length).toBeLessThan(40);
    const toggle = root.querySelector<HTMLElement>('[data-sek-part="toggle"]')!;
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(root.querySelectorAll('ul[data-sek-part="vehicles"] > li')).toHaveLength(51);
    await expect(root.querySelectorAll('*').length).toBeLessThan(130);
  },
};

/** Nothing wrong: the region stays, with its "no problems" line. */
export const NothingWrong: Story = {
  args: { issues: fleetIssues() },
  play: async ({ canvasElement }) => {
    await expect(
      summaryIn(canvasElement).querySelector('[data-sek-part="empty"]'),
    ).toBeInTheDocument();
  },
};

/** The live timeline: what Smartcar sends at each press of "Next event". */
const [first, second, third, asleep] = fleetVehicles(4);
const TIMELINE: readonly { readonly caption: string; readonly events: readonly unknown[] }[] = [
  {
    caption: 'A car loses its permission',
    events: [vehicleErrorEvent('reconnect', first!)],
  },
  {
    caption: 'Two more cars lose theirs',
    events: [vehicleErrorEvent('reconnect', second!), vehicleErrorEvent('reconnect', third!)],
  },
  {
    caption: 'A car cannot do what was asked',
    events: [vehicleErrorEvent('none', asleep!)],
  },
  {
    caption: 'The first car was reconnected: RESOLVED',
    events: [vehicleErrorEvent('reconnect', first!, 'RESOLVED')],
  },
  {
    caption: 'Everything resolved',
    events: [
      vehicleErrorEvent('reconnect', second!, 'RESOLVED'),
      vehicleErrorEvent('reconnect', third!, 'RESOLVED'),
      vehicleErrorEvent('none', asleep!, 'RESOLVED'),
    ],
  },
];

/**
 * The summary over a real store that ingests the timeline's events when "Next event" is pressed.
 */
function Timeline(props: Omit<FleetIssueSummaryProps, 'issues'>) {
  const [store] = useState(() => createVehicleIssues());
  const [step, setStep] = useState(0);
  const done = step === TIMELINE.length;
  const next = () => {
    for (const event of TIMELINE[step]!.events) store.ingest(event);
    setStep(step + 1);
  };
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '40rem' }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
        <StoryButton onClick={next} disabled={done}>
          Next event
        </StoryButton>
        <StoryText as="span">
          {step === 0
            ? 'Nothing received yet'
            : `${step}/${TIMELINE.length}: ${TIMELINE[step - 1]!.caption}`}
        </StoryText>
      </div>
      <FleetIssueSummary {...props} issues={store} />
    </div>
  );
}

/**
 * A live timeline: a car loses its permission, two more follow, one car reports an unsupported
 * feature, one car is reconnected (resolved), then all are. Each growth is announced politely.
 */
export const LiveTimeline: Story = {
  parameters: { kit: { single: true } },
  render: ({ issues: _issues, ...args }) => <Timeline {...args} />,
  play: async ({ canvasElement, args, globals, parameters, userEvent, step }) => {
    const { locale } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const status = () => summaryIn(canvasElement).querySelector('[role="status"]')!;
    const next = () => userEvent.click(pane.getByRole('button', { name: 'Next event' }));
    const sentence = () => pane.getAllByRole('heading', { level: 3 })[0]!;
    await step('a first car loses its permission', async () => {
      await next();
      // "1 car needs reconnecting" (Arabic spells the one out)
      await waitFor(() => expect(status().textContent).not.toBe(''));
      await expect(status()).toHaveTextContent(sentence().textContent!);
    });
    let three = '';
    await step('two more: the group grows and is announced', async () => {
      await next();
      await waitFor(() => expect(status()).toHaveTextContent(countIn(locale, 3)));
      await expect(sentence()).toHaveTextContent(countIn(locale, 3));
      three = sentence().textContent!;
    });
    await step('a car that cannot do what was asked: a second group', async () => {
      await next();
      await expect(pane.getAllByRole('heading', { level: 3 })).toHaveLength(2);
    });
    await step('one car reconnected: its issue resolves, the group shrinks', async () => {
      await next();
      await expect(pane.getAllByRole('heading', { level: 3 })).toHaveLength(2);
      await expect(sentence()).not.toHaveTextContent(three);
    });
    await step('all resolved', async () => {
      await next();
      await expect(pane.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    });
  },
};

// The summary names no single vehicle, so its Playground has no vehicle-name control.
const { vehicleName: _vehicleName, ...fleetKitArgTypes } = kitArgTypes;

/** Every prop, with the theme tokens as separate controls. */
export const Playground: StoryObj<Meta<FleetIssueSummaryProps & PlaygroundExtras>> = {
  args: {
    issues: fleetIssues(EVERY_GROUP),
    appName: 'VoltPark',
    maxNames: 3,
    headingLevel: 2,
    announce: true,
    unstyled: false,
    support: VOLTPARK_SUPPORT,
    tokenAccent: '',
  },
  argTypes: {
    ...fleetKitArgTypes,
    ...themeTokenArgTypes,
    maxNames: { control: { type: 'number', min: 1, max: 50 } },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  decorators: [withPlaygroundDirection],
  render: (args) => <FleetIssueSummary {...componentArgs(args)} theme={themeFromArgs(args)} />,
};
