import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { ErrorToaster, useErrorToasts } from 'smartcar-error-kit';
import type { ErrorToasterProps } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import { openToasts, regionQueries, toastsSettled } from '../support/ToasterStage';
import { storyPack } from '../../.storybook/storyLocale';

/**
 * A story cannot take Storybook's own network down, so it does what the browser does when the
 * connection drops: `navigator.onLine` reads false and `offline` fires (the browser test and the
 * Vite example's end-to-end test take the network really down). Restored when the story unmounts.
 */
function useSimulatedOffline(offline: boolean): void {
  useEffect(() => {
    if (!offline) return undefined;
    const own = Object.getOwnPropertyDescriptor(navigator, 'onLine');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    dispatchEvent(new Event('offline'));
    return () => {
      if (own) Object.defineProperty(navigator, 'onLine', own);
      else delete (navigator as { onLine?: boolean }).onLine;
      dispatchEvent(new Event('online'));
    };
  }, [offline]);
}

/** Three requests fail while offline: one notice, no toast per request. */
function OfflineStage(toaster: ErrorToasterProps) {
  const [offline, setOffline] = useState(true);
  const [retried, setRetried] = useState(0);
  const { show } = useErrorToasts();
  useSimulatedOffline(offline);
  useEffect(() => {
    if (!offline) return;
    // Three requests (battery, charge, location) fail as a dropped connection makes fetch fail.
    for (let request = 0; request < 3; request += 1) {
      show(new TypeError('Failed to fetch'), { retry: () => setRetried((n) => n + 1) });
    }
  }, [offline, show]);
  return (
    <>
      <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '34rem' }}>
        <h2 style={{ margin: 0 }}>Charging sessions</h2>
        <p style={{ margin: 0 }}>
          Three requests failed because the connection dropped: one notice says so. When the
          connection is back, the notice ends and the three requests are retried once each.
        </p>
        <div>
          <button type="button" onClick={() => setOffline((value) => !value)}>
            {offline ? 'Connection back' : 'Drop the connection'}
          </button>
        </div>
        <p style={{ margin: 0 }} data-testid="retried">{`${retried} retried`}</p>
      </div>
      <ErrorToaster {...toaster} />
    </>
  );
}

const meta = {
  title: 'Components/ErrorToaster offline',
  component: ErrorToaster,
  render: (args) => <OfflineStage {...args} />,
  parameters: {
    kit: { single: true },
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component:
          'Offline is one situation (toaster contract 32–34): while the browser is offline, network failures show one polite notice instead of a toast each; back online it ends by itself and the retries given with `show(error, { retry })` run once each, 250 ms apart plus jitter, never from a hidden tab.',
      },
    },
  },
} satisfies Meta<typeof ErrorToaster>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The offline notice; "Connection back" ends it and runs the three retries. */
export const OfflineNotice: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const region = regionQueries(canvasElement, ui);
    const notice = await region.findByText(ui.offline);
    await toastsSettled(canvasElement, 1);
    await expect(notice).toBeVisible();
    await expect(openToasts(canvasElement)).toHaveLength(1);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Connection back' }));
    await waitFor(() => expect(region.queryByText(ui.offline)).toBeNull());
    await waitFor(() =>
      expect(within(canvasElement).getByTestId('retried')).toHaveTextContent('3 retried'),
    );
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: 'Drop the connection' }),
    );
    const again = await region.findByText(ui.offline);
    await toastsSettled(canvasElement, 1);
    await expect(again).toBeVisible();
  },
};
