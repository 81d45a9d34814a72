import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorBanner, SmartcarErrorProvider } from 'smartcar-error-kit';
import { expect, within } from 'storybook/test';
import { documentedError } from '../support/documentedErrors';
import { firstPane } from '../support/panes';
import { VOLTPARK_SUPPORT } from '../support/storyKit';

const asleep = documentedError('VEHICLE_STATE.ASLEEP').error;
const recordNotFound = documentedError('SERVER.RECORD_NOT_FOUND').error;

const meta = {
  title: 'Components/SmartcarErrorProvider',
  component: SmartcarErrorProvider,
  args: {
    appName: 'Fleetwise',
    support: VOLTPARK_SUPPORT,
    messages: {
      'VEHICLE_STATE.ASLEEP': {
        title: 'Truck asleep',
        message: '{vehicle} is asleep. Start the engine once, then try again in {app}.',
      },
    },
  },
  render: (args) => (
    <SmartcarErrorProvider {...args}>
      <div style={{ display: 'grid', gap: '1rem', maxInlineSize: '40rem' }}>
        <ErrorBanner error={asleep} vehicleName="Truck 12" announce={false} />
        <ErrorBanner error={recordNotFound} announce={false} />
      </div>
    </SmartcarErrorProvider>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Configures the kit for the tree below it: app name, locale and locale packs, wording and action overrides, support contact, handlers, theme and colour scheme, and one toast queue. Providers nest; the nearest wins, component props win over both. (Every story in this Storybook is wrapped in one, set from the toolbar.)',
      },
    },
  },
} satisfies Meta<typeof SmartcarErrorProvider>;
export default meta;

type Story = StoryObj<typeof meta>;

/** App name, a wording override and the support contact reach every component below. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const pane = within(firstPane(canvasElement));
    await expect(pane.getByRole('region', { name: /truck asleep/i })).toHaveTextContent(
      'Truck 12 is asleep. Start the engine once, then try again in Fleetwise.',
    );
    await expect(pane.getByRole('link', { name: /support@voltpark\.example/ })).toBeVisible();
  },
};

/** A nested provider in French: it merges over the outer one (the toolbar's) and wins. */
export const NestedInFrench: Story = {
  args: { locale: 'fr', messages: {} },
  play: async ({ canvasElement }) => {
    const pane = within(firstPane(canvasElement));
    await expect(pane.getByRole('heading', { name: /Voiture en veille/ })).toBeVisible();
    await expect(pane.getByText('Truck 12 est en veille. Démarrez la voiture.')).toBeVisible();
  },
};
