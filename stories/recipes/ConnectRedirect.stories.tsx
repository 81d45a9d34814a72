import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ErrorBanner, parseConnectRedirect } from 'smartcar-error-kit';
import { expect, fn, within } from 'storybook/test';
import { fixturesOfFormat } from '../../test/fixtures/smartcar';
import { containing, storyPack } from '../../.storybook/storyLocale';
import { StoryText } from '../support/StoryText';

/** Query strings of the redirect: every Connect fixture, and a successful one. */
const REDIRECTS: Readonly<Record<string, string>> = {
  success: 'code=6f3c1a2e-4c1d-4b0a-9a5e-2f0c4e1b7d11&state=0facda3319',
  ...Object.fromEntries(
    fixturesOfFormat('connect').map((fixture) => [fixture.name, fixture.text.trim()]),
  ),
};

/**
 * The app's redirect URI page: it reads `window.location` once. An `error` parameter becomes a
 * banner (Reconnect starts Connect again); otherwise the `code` is exchanged for tokens.
 */
function ConnectCallbackPage({ onReconnect }: { onReconnect?: () => void }) {
  const [href] = useState(() => window.location.href);
  const error = parseConnectRedirect(href);
  const code = new URL(href).searchParams.get('code');
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '36rem' }}>
      <StoryText as="h2">Connecting your car</StoryText>
      {error === null ? (
        <StoryText role="status">
          {code === null ? 'Nothing to do here.' : 'Connected. Finishing setup…'}
        </StoryText>
      ) : (
        <ErrorBanner
          error={error}
          headingLevel={3}
          onReconnect={() => onReconnect?.()}
          announce={false}
        />
      )}
    </div>
  );
}

type Args = { redirect: string; onReconnect?: () => void };

const meta = {
  title: 'Recipes/Connect redirect landing page',
  component: ConnectCallbackPage,
  args: { redirect: 'CONNECT__access_denied__2', onReconnect: fn() },
  argTypes: {
    redirect: {
      description:
        'The query string Connect redirects with (every Connect fixture). The story puts it in `window.location` with `history.replaceState` and restores the URL afterwards.',
      options: Object.keys(REDIRECTS),
      control: 'select',
    },
  },
  // Simulate Connect's redirect: add the parameters to this page's URL, put it back afterwards.
  beforeEach: ({ args }) => {
    const original = window.location.href;
    const url = new URL(original);
    for (const [key, value] of new URLSearchParams(REDIRECTS[args.redirect] ?? '')) {
      url.searchParams.set(key, value);
    }
    window.history.replaceState(window.history.state, '', url);
    return () => window.history.replaceState(window.history.state, '', original);
  },
  render: ({ redirect, onReconnect }) => (
    // Remount for each redirect picked in the controls: the page reads the URL once.
    <ConnectCallbackPage key={redirect} {...(onReconnect !== undefined && { onReconnect })} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The page at the app’s redirect URI reads the Connect result from `window.location`: `parseConnectRedirect(window.location.href)` returns `null` on success, else the error to show. Pick any documented Connect error in the controls.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The person denied access: the banner offers to connect again. */
export const AccessDenied: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    await expect(window.location.search).toContain('error=access_denied');
    await userEvent.click(
      canvas.getByRole('button', {
        name: containing(ui.actionReconnect, ui.actionRetry, ui.connectLinkText),
      }),
    );
    await expect(args.onReconnect).toHaveBeenCalledTimes(1);
  },
};

/** The car is not compatible; the redirect named its make. */
export const VehicleIncompatible: Story = {
  args: { redirect: 'CONNECT__vehicle_incompatible__1' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region')).toHaveTextContent('Tesla');
  },
};

/** A configuration error with the redirect's `error_message` as detail. */
export const ConfigurationError: Story = {
  args: { redirect: 'CONNECT__configuration_error__1' },
};

/** No `error` parameter: Connect succeeded and the page continues. */
export const Success: Story = {
  args: { redirect: 'success' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Connected');
    await expect(within(canvasElement).queryByRole('region')).toBeNull();
  },
};
