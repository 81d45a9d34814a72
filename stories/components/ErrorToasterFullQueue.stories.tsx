import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { ErrorToaster, formatTemplate, useErrorToasts } from 'smartcar-error-kit';
import type { ErrorToasterProps } from 'smartcar-error-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
import { documentedError } from '../support/documentedErrors';
import { openToasts, regionQueries, toastsSettled } from '../support/ToasterStage';
import { storyPack } from '../../.storybook/storyLocale';

/** Failures that pass by themselves: asleep, rate limited, unreachable. */
const PASSING = ['VEHICLE_STATE.ASLEEP', 'RATE_LIMIT.VEHICLE', 'VEHICLE_STATE.UNREACHABLE'].map(
  (id) => documentedError(id).error,
);

/** A failure that needs the person: the car's permission was revoked. */
const NEEDS_RECONNECT = documentedError('AUTHENTICATION').error;

/** Fills the toaster with passing failures; the button makes a reconnect arrive. */
function FullQueueStage(toaster: ErrorToasterProps) {
  const { show, dismissAll, toasts } = useErrorToasts();
  useEffect(() => {
    for (const error of PASSING) show(error);
    return () => dismissAll();
  }, [show, dismissAll]);
  return (
    <>
      <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '34rem' }}>
        <h2 style={{ margin: 0 }}>Charging sessions</h2>
        <p style={{ margin: 0 }}>
          Three failures that pass by themselves fill the toaster. A failure that needs you
          (Reconnect) takes the place of the newest of them, which waits in “1 more”.
        </p>
        <div>
          <button type="button" onClick={() => show(NEEDS_RECONNECT)}>
            The car’s permission is revoked
          </button>
        </div>
        <p style={{ margin: 0 }} data-testid="toast-count">
          {`${toasts.visible.length} visible, ${toasts.queuedCount} waiting`}
        </p>
      </div>
      <ErrorToaster {...toaster} />
    </>
  );
}

const meta = {
  title: 'Components/ErrorToaster full queue',
  component: ErrorToaster,
  args: { maxVisible: 3, onReconnect: fn() },
  render: (args) => <FullQueueStage {...args} />,
  parameters: {
    kit: { single: true },
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component:
          'What needs the person first (toaster contract 3b): a failure that needs the person to act is never the one hidden in "N more" while one that passes by itself is shown; ties keep arrival order.',
      },
    },
  },
} satisfies Meta<typeof ErrorToaster>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Three passing toasts fill `maxVisible={3}`; a reconnect arrives and is shown at once. */
export const ActionableArrives: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    await toastsSettled(canvasElement, 3);
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: 'The car’s permission is revoked' }),
    );
    const region = regionQueries(canvasElement, ui);
    const reconnect = await region.findByRole('button', { name: ui.actionReconnect });
    await waitFor(() => expect(openToasts(canvasElement)).toHaveLength(3));
    // The new toast fades in (opacity 0 at first): wait for its entry, as a person would.
    await waitFor(() => expect(reconnect).toBeVisible());
    await waitFor(() =>
      expect(
        region.getByRole('button', { name: formatTemplate(ui.toastMore, { count: 1 }) }),
      ).toBeVisible(),
    );
    await toastsSettled(canvasElement, 3);
  },
};
