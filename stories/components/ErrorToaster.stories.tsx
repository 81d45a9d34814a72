import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { ErrorToaster, formatTemplate, parseSmartcarError } from 'smartcar-error-kit';
import type { ErrorToasterProps, ShowErrorToastOptions } from 'smartcar-error-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
import { fixtureByName } from '../../test/fixtures/smartcar';
import { documentedError } from '../support/documentedErrors';
import {
  componentArgs,
  errorArgType,
  kitArgTypes,
  themeTokenArgTypes,
  withPlaygroundDirection,
  type PlaygroundExtras,
} from '../support/playgroundArgs';
import {
  HOSTILE_APP_NAME,
  HOSTILE_VEHICLE_NAME,
  VOLTPARK_SUPPORT,
  animationsSettled,
  hrefsIn,
  isSafeHref,
} from '../support/storyKit';
import { themeFromArgs } from '../support/themeTokens';
import { ToasterStage, openToasts, regionQueries, toastsSettled } from '../support/ToasterStage';
import { containing, storyPack, templatePattern } from '../../.storybook/storyLocale';

/** A short `Retry-After`, in seconds, so the countdown story finishes quickly. */
const SHORT_RETRY_AFTER_S = 2;

/** Longest the short countdown may take to enable Retry on a loaded machine. */
const COUNTDOWN_TIMEOUT_MS = 8000;

/** What a toaster story shows, set in `parameters.toasts`. */
interface ToastScript {
  /** Documented error ids (see the Catalogue) or any failure `show` accepts. */
  readonly errors: readonly unknown[];
  readonly options?: ShowErrorToastOptions;
}

function script(errors: readonly unknown[], options?: ShowErrorToastOptions): ToastScript {
  return {
    errors: errors.map((error) =>
      typeof error === 'string' ? documentedError(error).error : error,
    ),
    ...(options !== undefined && { options }),
  };
}

/** Renders the stage with the story's `parameters.toasts` and the toaster's args. */
function renderStage(args: ErrorToasterProps, context: { parameters: Record<string, unknown> }) {
  const toasts = context.parameters['toasts'] as ToastScript | undefined;
  return <ToasterStage {...args} errors={toasts?.errors ?? []} showOptions={toasts?.options} />;
}

const rateLimited = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').text, {
  status: 429,
  headers: { 'Retry-After': String(SHORT_RETRY_AFTER_S), 'SC-Request-Id': 'a3c6fbb0-rl' },
});

const meta = {
  title: 'Components/ErrorToaster',
  component: ErrorToaster,
  args: { onRetry: fn(), onReconnect: fn(), onAction: fn() },
  render: renderStage,
  parameters: {
    // The viewport is fixed to the window: side by side would stack two toasters in one corner.
    kit: { single: true },
    toasts: script(['VEHICLE_STATE.DOOR_OPEN']),
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component:
          'Error toasts on Radix Toast: show them from anywhere below `SmartcarErrorProvider` with `useErrorToasts().show(error)`. Repeats coalesce ("×3"), at most `maxVisible` show at once with a "N more" button for the rest (at most `maxQueued` wait; older waiting ones are dropped), Radix pauses their timers on hover, focus and window blur, F8 reaches the region and Escape dismisses the focused toast. Contract: **Docs › Contracts › ErrorToaster**.',
      },
    },
  },
  // Every toast story waits for its toasts to finish entering, so axe sees them settled.
  play: async ({ canvasElement }) => {
    await toastsSettled(canvasElement);
  },
} satisfies Meta<typeof ErrorToaster>;
export default meta;

type Story = StoryObj<typeof meta>;

/** One failure (DOOR_OPEN) as a toast. */
export const Default: Story = {};

type PlaygroundArgs = ErrorToasterProps &
  PlaygroundExtras & {
    /** The failure shown (any documented error). */
    readonly error?: unknown;
    readonly appName?: string;
    readonly vehicleName?: string;
    readonly locale?: string;
  };

function PlaygroundStage(args: PlaygroundArgs) {
  const { error, appName, vehicleName, locale, ...rest } = args;
  const errors = useMemo(() => [error], [error]);
  const showOptions = useMemo<ShowErrorToastOptions>(
    () => ({
      ...(appName !== undefined && { appName }),
      ...(vehicleName !== undefined && { vehicleName }),
      ...(locale !== undefined && { locale }),
    }),
    [appName, vehicleName, locale],
  );
  const theme = themeFromArgs(rest);
  return (
    <ToasterStage
      {...componentArgs(rest)}
      theme={theme}
      errors={errors}
      showOptions={showOptions}
    />
  );
}

/** Any documented error as a toast, every toaster prop, and the theme tokens. */
export const Playground: StoryObj<Meta<PlaygroundArgs>> = {
  args: {
    error: 'RATE_LIMIT.VEHICLE',
    appName: 'VoltPark',
    vehicleName: 'Model 3',
    maxVisible: 3,
    maxQueued: 50,
    duration: 5000,
    actionDuration: 10000,
    unstyled: false,
    tokenAccent: '',
  },
  argTypes: {
    error: errorArgType('The failure passed to `show(error, { appName, vehicleName, locale })`.'),
    ...kitArgTypes,
    ...themeTokenArgTypes,
  },
  decorators: [withPlaygroundDirection],
  render: (args) => <PlaygroundStage {...args} />,
};

/**
 * 429 with `Retry-After: 2`: Retry counts down, enables itself, and pressing it closes the toast.
 */
export const RetryCountdown: Story = {
  parameters: { toasts: script([rateLimited]) },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const [toast] = await toastsSettled(canvasElement);
    const retry = within(toast!).getByRole('button', { name: containing(ui.actionRetry) });
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: COUNTDOWN_TIMEOUT_MS });
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(openToasts(canvasElement)).toHaveLength(0));
  },
};

/** AUTHENTICATION: a persistent, assertive toast whose Reconnect calls `onReconnect`. */
export const Reconnect: Story = {
  parameters: { toasts: script(['AUTHENTICATION']) },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveAttribute('data-sek-severity', 'critical');
    await userEvent.click(within(toast!).getByRole('button', { name: ui.actionReconnect }));
    await expect(args.onReconnect).toHaveBeenCalledTimes(1);
  },
};

/** VIRTUAL_KEY_REQUIRED: the action is a link to the car maker's site. */
export const OpenUrlAction: Story = {
  parameters: { toasts: script(['CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED']) },
  play: async ({ canvasElement }) => {
    const [toast] = await toastsSettled(canvasElement);
    const link = toast!.querySelector('[data-sek-action="open-url"]');
    await expect(link?.getAttribute('href')).toMatch(/^https:\/\//);
  },
};

/** RECORD_NOT_FOUND: "Contact support" links to the provider's support URL. */
export const ContactSupport: Story = {
  parameters: {
    kit: { single: true, support: VOLTPARK_SUPPORT },
    toasts: script(['SERVER.RECORD_NOT_FOUND']),
  },
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const [toast] = await toastsSettled(canvasElement);
    const link = within(toast!).getByRole('link', { name: containing(ui.actionContactSupport) });
    await expect(link).toHaveAttribute('href', VOLTPARK_SUPPORT.url);
  },
};

/** ACCOUNT_SUSPENDED: a billing link, from an `actions` override with the app's billing page. */
export const Billing: Story = {
  parameters: {
    toasts: script(['BILLING.ACCOUNT_SUSPENDED'], {
      actions: {
        'BILLING.ACCOUNT_SUSPENDED': [
          { kind: 'billing', label: 'Open billing', url: 'https://voltpark.example/billing' },
        ],
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const [toast] = await toastsSettled(canvasElement);
    await expect(within(toast!).getByRole('link', { name: /open billing/i })).toHaveAttribute(
      'href',
      'https://voltpark.example/billing',
    );
  },
};

/** FULLY_CHARGED: information, announced politely, gone after its duration. */
export const InfoOnly: Story = {
  parameters: { toasts: script(['VEHICLE_STATE.FULLY_CHARGED']) },
  play: async ({ canvasElement }) => {
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast).toHaveAttribute('data-sek-severity', 'info');
    await expect(toast!.querySelector('[data-sek-part="actions"]')).toBeNull();
  },
};

/** The same error three times is one toast counting "×3"; "Show again" makes it "×6". */
export const CoalescedRepeats: Story = {
  parameters: {
    toasts: script([
      'VEHICLE_STATE.UNREACHABLE',
      'VEHICLE_STATE.UNREACHABLE',
      'VEHICLE_STATE.UNREACHABLE',
    ]),
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    await toastsSettled(canvasElement);
    await expect(openToasts(canvasElement)).toHaveLength(1);
    const count = () => openToasts(canvasElement)[0]?.querySelector('[data-sek-part="count"]');
    await expect(count()).toHaveTextContent(formatTemplate(ui.toastRepeat, { count: 3 }));
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show again' }));
    await waitFor(() =>
      expect(count()).toHaveTextContent(formatTemplate(ui.toastRepeat, { count: 6 })),
    );
    await expect(openToasts(canvasElement)).toHaveLength(1);
  },
};

/** Eight documented errors of different kinds, for the queue stories. */
const DIFFERENT_ERRORS = [
  'VEHICLE_STATE.DOOR_OPEN',
  'VEHICLE_STATE.ASLEEP',
  'UPSTREAM.NO_RESPONSE',
  'COMPATIBILITY.VEHICLE_NOT_CAPABLE',
  'VEHICLE_STATE.LOW_BATTERY',
  'VEHICLE_STATE.CHARGE_FAULT',
  'VEHICLE_STATE.HOOD_OPEN',
  'VEHICLE_STATE.TRUNK_OPEN',
];

/** Five different errors: three show, "2 more" shows the next ones without dismissing any. */
export const QueueOverflow: Story = {
  parameters: {
    toasts: script(DIFFERENT_ERRORS.slice(0, 5)),
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui, messages } = storyPack({ globals, parameters, args });
    await toastsSettled(canvasElement, 3);
    await expect(openToasts(canvasElement)).toHaveLength(3);
    const more = regionQueries(canvasElement, ui).getByRole('button', {
      name: formatTemplate(ui.toastMore, { count: 2 }),
    });
    await userEvent.click(more);
    // Found first, then looked at once its enter animation is over: a loaded machine can hold
    // the first frames (opacity 0) longer than a retry loop waits.
    const battery = await regionQueries(canvasElement, ui).findByText(
      messages['VEHICLE_STATE.LOW_BATTERY'].title,
    );
    await animationsSettled();
    await expect(battery).toBeVisible();
  },
};

/**
 * Eight different errors with `maxVisible={1}` and `maxQueued={2}`: one shows, two wait, and the
 * five oldest waiting ones are dropped (counted in `toasts.dropped`), so a storm cannot grow the
 * waiting line without bound.
 */
export const BoundedWaitingLine: Story = {
  args: { maxVisible: 1, maxQueued: 2 },
  parameters: {
    toasts: script(DIFFERENT_ERRORS),
  },
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui } = storyPack({ globals, parameters, args });
    await toastsSettled(canvasElement, 1);
    await expect(openToasts(canvasElement)).toHaveLength(1);
    await expect(
      regionQueries(canvasElement, ui).getByRole('button', {
        name: formatTemplate(ui.toastMore, { count: 2 }),
      }),
    ).toBeVisible();
    await expect(within(canvasElement).getByTestId('toast-count')).toHaveTextContent(
      '1 visible, 2 waiting, 5 dropped',
    );
  },
};

/** `fetch` failed: no request id, a Retry. */
export const NoRequestId: Story = {
  parameters: { toasts: script(['NETWORK.fetch']) },
};

/** A long title, message and vehicle name wrap inside the toast. */
export const VeryLongMessage: Story = {
  parameters: {
    toasts: script(['VEHICLE_STATE.CHARGE_FAULT'], {
      vehicleName:
        'Grandma’s long-range all-wheel-drive estate with the roof box (WVWZZZ1KZ6W000001)',
      messages: {
        'VEHICLE_STATE.CHARGE_FAULT': {
          title:
            'Charging could not start because the charger and the car disagree about the schedule',
          message: `{vehicle} refused to start charging. ${'Unplug the cable, wait a few seconds, plug it in again firmly and check the charging schedule in the car. '.repeat(3)}`,
        },
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast!.scrollWidth).toBeLessThanOrEqual(toast!.clientWidth);
  },
};

/** Markup and script URLs as app and vehicle names stay text. */
export const HostileAppName: Story = {
  parameters: {
    toasts: script(['CONNECTED_SERVICES_ACCOUNT.AUTHENTICATION_FAILED'], {
      appName: HOSTILE_APP_NAME,
      vehicleName: HOSTILE_VEHICLE_NAME,
    }),
  },
  play: async ({ canvasElement }) => {
    const [toast] = await toastsSettled(canvasElement);
    await expect(toast!.querySelector('img, script, b')).toBeNull();
    for (const href of hrefsIn(canvasElement)) await expect(isSafeHref(href)).toBe(true);
  },
};

/**
 * Keyboard: F8 moves focus to the toasts, Tab reaches the toast's controls, Escape dismisses the
 * focused toast and focus returns to where it was.
 */
export const KeyboardF8AndEscape: Story = {
  parameters: { toasts: script(['VEHICLE_STATE.ASLEEP'], { persistent: true }) },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    await toastsSettled(canvasElement);
    const showAgain = within(canvasElement).getByRole('button', { name: 'Show again' });
    showAgain.focus();
    // `[F8]` names the key's `code`, which Radix's hotkey matches.
    await userEvent.keyboard('[F8]');
    const region = within(canvasElement).getByRole('region', {
      name: templatePattern(ui.toastRegion),
    });
    await waitFor(() => expect(region.contains(document.activeElement)).toBe(true));
    await userEvent.tab();
    const toast = openToasts(canvasElement)[0]!;
    await waitFor(() => expect(toast.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(openToasts(canvasElement)).toHaveLength(0));
    await waitFor(() => expect(showAgain).toHaveFocus());
  },
};
