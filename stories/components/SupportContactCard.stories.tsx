import type { Meta, StoryObj } from '@storybook/react-vite';
import { SupportContactCard } from 'smartcar-error-kit';
import type { SupportContactCardProps } from 'smartcar-error-kit';
import { expect, waitFor } from 'storybook/test';
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
  OCCURRED_AT,
  VOLTPARK_SUPPORT,
  hrefsIn,
  isSafeHref,
  stubClipboard,
} from '../support/storyKit';
import { themeFromArgs } from '../support/themeTokens';
import { containing, storyPack } from '../../.storybook/storyLocale';

const meta = {
  title: 'Components/SupportContactCard',
  component: SupportContactCard,
  args: {
    error: errorId('SERVER.RECORD_NOT_FOUND'),
    support: VOLTPARK_SUPPORT,
    occurredAt: OCCURRED_AT,
  },
  argTypes: {
    error: errorArgType(
      'The failure: anything `parseSmartcarError` accepts, a `SmartcarError` or an `ErrorDisplay`.',
    ),
    occurredAt: { control: 'date' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'For the person who has to write or call support: the request id (selectable, with a Copy button whose result is announced), the error code and time, and the contacts with a prefilled e-mail. It shows no actions, so the action states (retry, reconnect, open-URL, info only) live in the banner and toast stories. Contract: **Docs › Contracts › SupportContactCard**.',
      },
    },
  },
} satisfies Meta<typeof SupportContactCard>;
export default meta;

type Story = StoryObj<typeof meta>;

// The card names no vehicle, so its Playground has no vehicle-name control.
const { vehicleName: _vehicleName, ...cardKitArgTypes } = kitArgTypes;

/** RECORD_NOT_FOUND with every contact row and the time it happened. */
export const Default: Story = {};

/** Every prop and every documented error, with the theme tokens as separate controls. */
export const Playground: StoryObj<Meta<SupportContactCardProps & PlaygroundExtras>> = {
  args: {
    error: errorId('SERVER.MULTIPLE_RECORDS_FOUND'),
    support: VOLTPARK_SUPPORT,
    occurredAt: OCCURRED_AT,
    appName: 'VoltPark',
    headingLevel: 2,
    showDeveloperDetails: false,
    unstyled: false,
    tokenAccent: '',
  },
  argTypes: { ...cardKitArgTypes, ...themeTokenArgTypes },
  decorators: [withPlaygroundDirection],
  render: (args) => <SupportContactCard {...componentArgs(args)} theme={themeFromArgs(args)} />,
};

/** The texts the stubbed clipboard of `CopyRequestId` received. */
let copied: string[] = [];

/** Copy succeeds: "Copied" is announced and the clipboard holds the request id. */
export const CopyRequestId: Story = {
  beforeEach: () => {
    const clipboard = stubClipboard('copies');
    copied = clipboard.written;
    return () => clipboard.restore();
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const value = canvasElement.querySelector('[data-sek-part="request-id-value"]');
    await userEvent.click(pane.getByRole('button', { name: containing(ui.supportCopy) }));
    const status = canvasElement.querySelector('[data-sek-part="copy-status"]');
    await waitFor(() => expect(status).toHaveTextContent(ui.supportCopied));
    await expect(copied).toEqual([value?.textContent]);
  },
};

/** Copy denied (and no legacy fallback): "Couldn’t copy" and the id is selected for Ctrl+C. */
export const CopyDenied: Story = {
  beforeEach: () => {
    const clipboard = stubClipboard('denied');
    return () => clipboard.restore();
  },
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    const value = canvasElement.querySelector('[data-sek-part="request-id-value"]');
    await userEvent.click(pane.getByRole('button', { name: containing(ui.supportCopy) }));
    const status = canvasElement.querySelector('[data-sek-part="copy-status"]');
    await waitFor(() => expect(status).toHaveTextContent(ui.supportCopyFailed));
    await expect(document.getSelection()?.toString()).toBe(value?.textContent);
  },
};

/** A network failure never reached Smartcar: no id to copy, the contacts are still offered. */
export const NoRequestId: Story = {
  args: { error: errorId('NETWORK.fetch') },
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const pane = paneQueries(canvasElement);
    await expect(pane.getByText(ui.supportNoRequestId)).toBeVisible();
    await expect(pane.queryByRole('button', { name: containing(ui.supportCopy) })).toBeNull();
    await expect(pane.getByRole('link', { name: /support@voltpark\.example/ })).toBeVisible();
  },
};

/** No `support` prop: the contacts come from the provider (`SmartcarErrorProvider support`). */
export const ContactsFromProvider: Story = {
  render: ({ support: _support, ...args }) => <SupportContactCard {...args} />,
  parameters: { kit: { support: { email: 'fleet-help@example.com', hours: '24/7' } } },
  play: async ({ canvasElement }) => {
    await expect(paneQueries(canvasElement).getByText('fleet-help@example.com')).toBeVisible();
  },
};

/** Only an e-mail address: the other rows (and their labels) are not rendered. */
export const EmailOnly: Story = {
  args: { support: { email: 'help@example.com' } },
  render: ({ occurredAt: _occurredAt, ...args }) => <SupportContactCard {...args} />,
  play: async ({ canvasElement }) => {
    for (const part of ['url', 'phone', 'hours', 'time']) {
      await expect(canvasElement.querySelector(`[data-sek-part="${part}"]`)).toBeNull();
    }
  },
};

/** ACCOUNT_SUSPENDED: the card for a billing problem, with its code. */
export const Billing: Story = {
  args: { error: errorId('BILLING.ACCOUNT_SUSPENDED') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-sek-part="code"]')).toHaveTextContent(
      'BILLING.ACCOUNT_SUSPENDED',
    );
  },
};

/** `showDeveloperDetails`: the API's description, doc link and raw JSON, closed. */
export const DeveloperDetails: Story = {
  args: { error: errorId('SERVER.MULTIPLE_RECORDS_FOUND'), showDeveloperDetails: true },
};

/** Long values (a long request id, hours, e-mail) wrap inside the card. */
export const VeryLongValues: Story = {
  args: {
    error: {
      type: 'SERVER',
      code: 'INTERNAL',
      statusCode: 500,
      requestId: `5dea93a1-3f79-4246-90c5-89610a20471b-${'retry-chain-'.repeat(8)}end`,
    },
    support: {
      email: 'customer.support.team.for.electric.vehicles@voltpark-charging-network.example',
      url: 'https://help.voltpark.example/contact/electric-vehicles/charging/why-did-my-session-stop',
      phone: '+44 20 7946 0958',
      hours:
        'Monday to Friday 8:00–20:00 and Saturday 9:00–17:00 Central European Time, closed on public holidays',
    },
  },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector<HTMLElement>('[data-sek-component="support-card"]')!;
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
  },
};

/**
 * Hostile values stay inert: markup in the app name, an e-mail smuggling headers, a
 * `javascript:` URL and markup as a phone number. Only http(s), mailto and tel links remain.
 */
export const HostileAppName: Story = {
  args: {
    appName: HOSTILE_APP_NAME,
    support: {
      email: 'help@example.com?bcc=everyone@example.com',
      url: 'javascript:alert(document.cookie)',
      phone: '<b>+1 555 0100</b>',
      hours: '<img src=x onerror=alert(1)>',
    },
  },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector<HTMLElement>('[data-sek-component="support-card"]')!;
    await expect(card.querySelector('img, script, b')).toBeNull();
    for (const href of hrefsIn(card)) await expect(isSafeHref(href)).toBe(true);
    await expect(card.querySelector('a[href^="mailto:"]')).toBeNull();
  },
};
