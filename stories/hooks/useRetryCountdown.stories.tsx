import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { parseSmartcarError, toErrorDisplay, useRetryCountdown } from 'smartcar-error-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
// Documentation only: the hook's TSDoc, read from its source so the page never drifts from it.
import source from '../../src/react/hooks/useRetryCountdown.ts?raw';
import { fixtureByName } from '../../test/fixtures/smartcar';
import { StoryButton, StoryText } from '../support/StoryText';
import { tsdocOf } from '../support/tsdoc';

/** Longest a short countdown may take to finish on a loaded machine. */
const COUNTDOWN_TIMEOUT_MS = 8000;

interface UseRetryCountdownDemoProps {
  /** The `Retry-After` header of the 429 response, in seconds. */
  readonly retryAfterSeconds: number;
  /** Called when the enabled button is pressed. */
  readonly onRetry?: () => void;
}

/** A 429 arrives when the demo mounts; the hook counts down to its `retryAt`. */
function UseRetryCountdownDemo({ retryAfterSeconds, onRetry }: UseRetryCountdownDemoProps) {
  const [display] = useState(() =>
    toErrorDisplay(
      parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').text, {
        status: 429,
        headers: { 'Retry-After': String(retryAfterSeconds) },
      }),
      { appName: 'VoltPark' },
    ),
  );
  const { secondsLeft, ready } = useRetryCountdown(display);
  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      <StoryText data-testid="countdown">
        {ready ? 'Ready to retry.' : `${secondsLeft} s left.`}
      </StoryText>
      <StoryButton disabled={!ready} onClick={() => onRetry?.()}>
        {ready ? 'Retry' : `Retry in ${secondsLeft} s`}
      </StoryButton>
    </div>
  );
}

const meta = {
  title: 'Hooks/useRetryCountdown',
  component: UseRetryCountdownDemo,
  args: { retryAfterSeconds: 2, onRetry: fn() },
  argTypes: { retryAfterSeconds: { control: { type: 'range', min: 1, max: 60 } } },
  render: (args) => <UseRetryCountdownDemo key={args.retryAfterSeconds} {...args} />,
  parameters: {
    docs: { description: { component: tsdocOf(source, 'useRetryCountdown') } },
  },
} satisfies Meta<typeof UseRetryCountdownDemo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** `Retry-After: 2`: two seconds of countdown, then the button enables. */
export const Default: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toBeDisabled();
    await waitFor(() => expect(button).toBeEnabled(), { timeout: COUNTDOWN_TIMEOUT_MS });
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
