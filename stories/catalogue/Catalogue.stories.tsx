import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CatalogueGallery, CatalogueItem } from '../support/CatalogueGallery';
import {
  DOCUMENTED_ERRORS,
  RESOLUTIONS,
  documentedError,
  type CatalogueGroup,
} from '../support/documentedErrors';
import { firstPane } from '../support/panes';
import { VOLTPARK_SUPPORT } from '../support/storyKit';
import { storyPack } from '../../.storybook/storyLocale';

const meta = {
  title: 'Catalogue/Documented errors',
  component: CatalogueGallery,
  args: { group: 'VEHICLE_STATE', severity: 'all', resolution: 'all' },
  argTypes: {
    group: { control: false },
    severity: {
      description: 'Show only errors of this severity.',
      options: ['all', 'critical', 'warning', 'info'],
      control: 'inline-radio',
    },
    resolution: {
      description: 'Show only errors with this documented resolution.',
      options: ['all', ...RESOLUTIONS],
      control: 'select',
    },
  },
  parameters: {
    kit: { support: VOLTPARK_SUPPORT },
    a11y: {
      config: {
        rules: [
          // A gallery shows every documented error at once, and several kinds share one title
          // (codes in the same situation share wording), so banners and their folded support
          // cards (named "Contact support: <title>") repeat region names — which an app showing
          // one banner per kind does not have. Every other rule stays on.
          { id: 'landmark-unique', enabled: false },
        ],
      },
    },
    docs: {
      description: {
        component: `Every documented Smartcar error — ${DOCUMENTED_ERRORS.length} in all: the 68 entries of the catalogue (48 v2 codes, 8 v1, 1 v3, 9 Connect redirect errors, 2 OAuth), every failed batch item and webhook error in the fixtures, and network and unknown failures — each rendered as an \`ErrorBanner\` from the same fixtures the tests use. Filter by severity and documented resolution with the controls.`,
      },
    },
  },
} satisfies Meta<typeof CatalogueGallery>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A story showing one group; its play checks every error of the group rendered a banner. */
function groupStory(group: CatalogueGroup): Story {
  return {
    args: { group },
    play: async ({ canvasElement, args }) => {
      const pane = firstPane(canvasElement);
      const banners = pane.querySelectorAll('[data-sek-component="banner"]');
      const expected = DOCUMENTED_ERRORS.filter(
        (item) =>
          item.group === group &&
          (args.severity === 'all' ||
            args.severity === undefined ||
            item.severity === args.severity) &&
          (args.resolution === 'all' ||
            args.resolution === undefined ||
            item.resolution === args.resolution),
      );
      await expect(banners).toHaveLength(expected.length);
    },
  };
}

export const Authentication: Story = groupStory('AUTHENTICATION');
export const Billing: Story = groupStory('BILLING');
export const Compatibility: Story = groupStory('COMPATIBILITY');
export const ConnectedServicesAccount: Story = groupStory('CONNECTED_SERVICES_ACCOUNT');
export const Permission: Story = groupStory('PERMISSION');
export const RateLimit: Story = groupStory('RATE_LIMIT');
export const ResourceNotFound: Story = groupStory('RESOURCE_NOT_FOUND');
export const Server: Story = groupStory('SERVER');
export const Upstream: Story = groupStory('UPSTREAM');
export const Validation: Story = groupStory('VALIDATION');
export const VehicleState: Story = groupStory('VEHICLE_STATE');
export const V1Bodies: Story = groupStory('v1');
export const V3Body: Story = groupStory('v3');
export const BatchItems: Story = groupStory('batch');
export const WebhookItems: Story = groupStory('webhook');
export const OAuth: Story = groupStory('oauth');
export const ConnectRedirect: Story = groupStory('connect');
export const NetworkAndUnknown: Story = groupStory('other');

/** The VEHICLE_STATE group filtered to information only (a filter in action). */
export const FilteredInformationOnly: Story = {
  ...groupStory('VEHICLE_STATE'),
  args: { group: 'VEHICLE_STATE', severity: 'info' },
};

const SERVER_ERRORS = [
  'SERVER.INTERNAL',
  'SERVER.RECORD_NOT_FOUND',
  'SERVER.MULTIPLE_RECORDS_FOUND',
];

/**
 * The three documented SERVER errors side by side: INTERNAL (retry later), RECORD_NOT_FOUND and
 * MULTIPLE_RECORDS_FOUND (contact support), the last with the candidate battery capacities the
 * API sent in `detail`.
 */
export const ServerErrorsSideBySide: Story = {
  args: { group: 'SERVER' },
  argTypes: { severity: { control: false }, resolution: { control: false } },
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <h2 style={{ margin: 0 }}>The three SERVER errors</h2>
      <ul
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
          gap: '1rem',
          alignItems: 'start',
          margin: 0,
          padding: 0,
          listStyle: 'none',
        }}
      >
        {SERVER_ERRORS.map((id) => (
          <CatalogueItem key={id} item={documentedError(id)} />
        ))}
      </ul>
    </div>
  ),
  play: async ({ canvasElement, args, globals, parameters }) => {
    const { ui, locale } = storyPack({ globals, parameters, args });
    const pane = within(firstPane(canvasElement));
    const capacities = pane.getByRole('list', { name: ui.detailCapacities });
    const items = within(capacities)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s+/g, ' '));
    const kWh = (value: number) =>
      `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} kWh`;
    await expect(items).toEqual([kWh(83.9), kWh(83.9), kWh(70.2)]);
  },
};
