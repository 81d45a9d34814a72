/**
 * The Getting started page's examples, running: `BatteryPanel` exactly as the page shows it
 * (stories/docs/examples/gettingStarted/BatteryPanel.tsx), its `fetch` answered by Mock Service
 * Worker with Smartcar's real 409 VEHICLE_STATE.ASLEEP body. Shown on that page, not in the
 * sidebar (`!dev`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { containing, storyPack } from '../../../.storybook/storyLocale';
import { http, mockSmartcar, smartcarErrorResponse, VEHICLE_ID } from '../../support/mockSmartcar';
import { BatteryPanel } from './gettingStarted/BatteryPanel';

const meta = {
  title: 'Docs/Examples/Getting started',
  component: BatteryPanel,
  tags: ['!dev', '!autodocs'],
  args: { vehicleId: VEHICLE_ID },
  // On the docs page too, the story presses the button, so the banner is there to read.
  parameters: { kit: { single: true }, docs: { story: { autoplay: true } } },
} satisfies Meta<typeof BatteryPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** "Check battery": the car is asleep, and the banner says so, naming it "Model 3". */
export const FirstBanner: Story = {
  beforeEach: () =>
    mockSmartcar(
      http.get('*/api/vehicles/:id/battery', () =>
        smartcarErrorResponse('VEHICLE_STATE__ASLEEP__1'),
      ),
    ),
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { messages } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Check battery' }));
    const { title } = messages['VEHICLE_STATE.ASLEEP'];
    // The banner is a region named by its title; its message names the car.
    const banner = await canvas.findByRole('region', { name: containing(title) });
    await expect(banner).toHaveTextContent('Model 3');
  },
};
