import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorBanner, parseSmartcarError } from 'smartcar-error-kit';
import type { ErrorBannerProps } from 'smartcar-error-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { fixtureByName } from '../../test/fixtures/smartcar';
import { errorId } from '../support/documentedErrors';
import { paneQueries } from '../support/panes';
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
  hrefsIn,
  isSafeHref,
  stubClipboard,
} from '../support/storyKit';
import { themeFromArgs } from '../support/themeTokens';
import { containing, startingWith, storyPack, templatePattern } from '../../.storybook/storyLocale';

/** A short `Retry-After`, in seconds, so the countdown story finishes quickly. */
const SHORT_RETRY_AFTER_S = 2;

/** Longest a countdown of `SHORT_RETRY_AFTER_S` may take to enable Retry on a loaded machine. */
const COUNTDOWN_TIMEOUT_MS = 8000;

/** RATE_LIMIT.VEHICLE exactly as the API sends it: 429 with `Retry-After`. */
const rateLimited = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').text, {
  status: 429,
  headers: { 'Retry-After': String(SHORT_RETRY_AFTER_S), 'SC-Request-Id': 'a3c6fbb0-rl' },
});

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: {
    error: errorId('VEHICLE_STATE.ASLEEP'),
    onRetry: fn(),
    onReconnect: fn(),
    onAction: fn(),
  },
  argTypes: {
    error: errorArgType(
      'The failure: anything `parseSmartcarError` accepts, a `SmartcarError` or an `ErrorDisplay`. The select lists every documented error (parsed from the test fixtures).',
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'An inline message for a page or a panel: a named region with an icon, a heading, the message, the primary and secondary actions, a live retry countdown, an optional dismiss button, and the support card folded in when the way out is contacting support. It never removes itself. Contract: **Docs › Contracts › ErrorBanner**.',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A sleeping car: the most common failure, with nothing to do but wait. */
export const Default: Story = {};

/** Every prop and every documented error, with the theme tokens as separate controls. */
export const Playground: StoryObj<Meta<ErrorBannerProps & PlaygroundExtras>> = {
  args: {
    error: errorId('SERVER.MULTIPLE_RECORDS_FOUND'),
    appName: 'VoltPark',
    vehicleName: 'Model 3',
    headingLevel: 2,
    announce: true,
    showDeveloperDetails: false,
    unstyled: false,
    support: VOLTPARK_SUPPORT,
    onDismiss: fn(),
    tokenAccent: '',
    tokenRadius: '',
  },
  argTypes: { ...kitArgTypes, ...themeTokenArgTypes },
  decorators: [withPlaygroundDirection],
  render: (args) => <ErrorBanner {...componentArgs(args)} theme={themeFromArgs(args)} />,
};

/** RATE_LIMIT with `Retry-After: 2`: Retry stays disabled, counts down, then enables itself. */
export const RetryCountdown: Story = {
  args: { error: rateLimited },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const retry = pane.getByRole('button', { name: containing(ui.actionRetry) });
    await expect(retry).toBeDisabled();
    await expect(retry).toHaveAttribute('data-sek-countdown', 'running');
    await expect(retry).toHaveTextContent(templatePattern(ui.actionRetryIn));
    await expect(retry).toHaveTextContent(/\d/);
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: COUNTDOWN_TIMEOUT_MS });
    await expect(retry).toHaveAttribute('data-sek-countdown', 'ready');
    await userEvent.click(retry);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** AUTHENTICATION_FAILED carries a Connect link: Reconnect is a link opening a new tab. */
export const ReconnectWithConnectLink: Story = {
  args: { error: errorId('CONNECTED_SERVICES_ACCOUNT.AUTHENTICATION_FAILED') },
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const links = paneQueries(canvasElement).getAllByRole('link', {
      name: containing(ui.actionReconnect, ui.connectLinkText, ui.actionOpenUrl),
    });
    await expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      await expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  },
};

/** AUTHENTICATION has no Connect URL: Reconnect is a button that calls `onReconnect`. */
export const ReconnectHandledByApp: Story = {
  args: { error: errorId('AUTHENTICATION') },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    await userEvent.click(
      paneQueries(canvasElement).getByRole('button', { name: ui.actionReconnect }),
    );
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(args.onReconnect).toHaveBeenCalledTimes(1);
  },
};

/** VIRTUAL_KEY_REQUIRED: the way out is at the car maker's site (an `open-url` link). */
export const OpenUrlAction: Story = {
  args: { error: errorId('CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED') },
  play: async ({ canvasElement }) => {
    const action = canvasElement.querySelector('[data-sek-action="open-url"]');
    await expect(action?.tagName).toBe('A');
    await expect(action?.getAttribute('href')).toMatch(/^https:\/\//);
  },
};

/**
 * RECORD_NOT_FOUND: support is the only way out, so the support card is folded in. Copying the
 * request id is announced (the clipboard is stubbed so the story has one outcome).
 */
export const ContactSupport: Story = {
  args: { error: errorId('SERVER.RECORD_NOT_FOUND'), support: VOLTPARK_SUPPORT },
  beforeEach: () => {
    const clipboard = stubClipboard('copies');
    return () => clipboard.restore();
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const card = pane.getByRole('region', { name: startingWith(ui.supportTitle, ': .') });
    const requestId = card.querySelector('[data-sek-part="request-id-value"]')?.textContent ?? '';
    await expect(requestId).not.toBe('');
    await userEvent.click(pane.getByRole('button', { name: containing(ui.supportCopy) }));
    await waitFor(() =>
      expect(card.querySelector('[data-sek-part="copy-status"]')).toHaveTextContent(
        ui.supportCopied,
      ),
    );
    const email = pane.getByRole('link', { name: /support@voltpark\.example/ });
    await expect(decodeURIComponent(email.getAttribute('href') ?? '')).toContain(requestId);
  },
};

/**
 * Support as a secondary action (an `actions` override): the card appears when asked for, and
 * focus moves to it.
 */
export const ContactSupportOnDemand: Story = {
  args: {
    error: errorId('SERVER.INTERNAL'),
    support: VOLTPARK_SUPPORT,
    actions: { 'SERVER.INTERNAL': ['retry', 'contact-support'] },
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const cardName = startingWith(ui.supportTitle, ': .');
    const pane = paneQueries(canvasElement);
    await expect(pane.queryByRole('region', { name: cardName })).toBeNull();
    await userEvent.click(pane.getByRole('button', { name: ui.actionContactSupport }));
    const card = await pane.findByRole('region', { name: cardName });
    await waitFor(() => expect(card).toHaveFocus());
  },
};

/** ACCOUNT_SUSPENDED (resolution FINANCE): a billing action, here given the app's billing URL. */
export const Billing: Story = {
  args: {
    error: errorId('BILLING.ACCOUNT_SUSPENDED'),
    actions: {
      'BILLING.ACCOUNT_SUSPENDED': [
        { kind: 'billing', label: 'Open billing', url: 'https://voltpark.example/billing' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const billing = paneQueries(canvasElement).getByRole('link', { name: /open billing/i });
    await expect(billing).toHaveAttribute('href', 'https://voltpark.example/billing');
  },
};

/** FULLY_CHARGED: information only. With `onDismiss` it gets a dismiss button, and stays put. */
export const InfoOnly: Story = {
  args: { error: errorId('VEHICLE_STATE.FULLY_CHARGED'), onDismiss: fn() },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui, messages } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const banner = pane.getByRole('region', {
      name: containing(messages['VEHICLE_STATE.FULLY_CHARGED'].title),
    });
    await expect(banner).toHaveAttribute('data-sek-severity', 'info');
    await expect(
      pane.queryByRole('button', { name: containing(ui.actionRetry, ui.actionReconnect) }),
    ).toBeNull();
    await userEvent.click(pane.getByRole('button', { name: ui.actionDismiss }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(banner).toBeInTheDocument();
  },
};

/** A proxy's HTML error page: no request id reached us, yet the card still offers contact. */
export const NoRequestId: Story = {
  args: { error: errorId('UNKNOWN.proxy'), support: VOLTPARK_SUPPORT },
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    await expect(pane.getByText(ui.supportNoRequestId)).toBeVisible();
    await expect(pane.queryByRole('button', { name: containing(ui.supportCopy) })).toBeNull();
    await expect(pane.getByRole('link', { name: /support@voltpark\.example/ })).toBeVisible();
  },
};

/** `fetch` rejected (offline): no status, no request id, Retry. */
export const NetworkFailure: Story = {
  args: { error: errorId('NETWORK.fetch') },
};

/** A long title, message and vehicle name wrap inside the banner instead of overflowing it. */
export const VeryLongMessage: Story = {
  args: {
    error: errorId('VEHICLE_STATE.DOOR_OPEN'),
    vehicleName:
      'Grandma’s long-range all-wheel-drive estate with the roof box (WVWZZZ1KZ6W000001)',
    messages: {
      'VEHICLE_STATE.DOOR_OPEN': {
        title: 'We could not lock your car because one of the doors, the hood or the trunk is open',
        message: `{vehicle} reported that a door is open. ${'Please walk around the car, close every door, the hood and the trunk firmly, then try locking it again from the app. '.repeat(4)}https://voltpark.example/help/why-does-my-car-say-a-door-is-open-when-every-door-is-closed`,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector<HTMLElement>('[data-sek-component="banner"]');
    await expect(banner).not.toBeNull();
    await expect(banner!.scrollWidth).toBeLessThanOrEqual(banner!.clientWidth);
  },
};

/** Markup and a `javascript:` URL as app and vehicle names render as inert text. */
export const HostileAppName: Story = {
  args: {
    error: errorId('CONNECTED_SERVICES_ACCOUNT.AUTHENTICATION_FAILED'),
    appName: HOSTILE_APP_NAME,
    vehicleName: HOSTILE_VEHICLE_NAME,
    support: VOLTPARK_SUPPORT,
  },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector<HTMLElement>('[data-sek-component="banner"]')!;
    await expect(banner.querySelector('img, script, b')).toBeNull();
    await expect(banner).toHaveTextContent('<img src=x');
    for (const href of hrefsIn(banner)) await expect(isSafeHref(href)).toBe(true);
  },
};

/** `showDeveloperDetails`: the API's description, doc link and raw JSON, closed by default. */
export const DeveloperDetails: Story = {
  args: { error: errorId('VEHICLE_STATE.ASLEEP'), showDeveloperDetails: true },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const details = canvasElement.querySelector('details[data-sek-part="developer-details"]');
    await expect(details).not.toHaveAttribute('open');
    await userEvent.click(pane.getByText(ui.developerDetails));
    await expect(details).toHaveAttribute('open');
  },
};
