import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ErrorToaster, useErrorToasts } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
// Documentation only: the hook's TSDoc, read from its source so the page never drifts from it.
import source from '../../src/react/toaster/useErrorToasts.ts?raw';
import { documentedError } from '../support/documentedErrors';
import { animationsSettled } from '../support/storyKit';
import { StoryButton, StoryText } from '../support/StoryText';
import { openToasts } from '../support/ToasterStage';
import { tsdocOf } from '../support/tsdoc';

/** Buttons for each function `useErrorToasts()` returns, and its `toasts` snapshot. */
function UseErrorToastsDemo() {
  const { show, update, dismiss, dismissAll, toasts } = useErrorToasts();
  const [lastId, setLastId] = useState<string | null>(null);
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '34rem' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <StoryButton onClick={() => setLastId(show(documentedError('VEHICLE_STATE.ASLEEP').error))}>
          show(ASLEEP)
        </StoryButton>
        <StoryButton
          disabled={lastId === null}
          onClick={() =>
            lastId && update(lastId, documentedError('VEHICLE_STATE.FULLY_CHARGED').error)
          }
        >
          update(id, FULLY_CHARGED)
        </StoryButton>
        <StoryButton disabled={lastId === null} onClick={() => lastId && dismiss(lastId)}>
          dismiss(id)
        </StoryButton>
        <StoryButton onClick={dismissAll}>dismissAll()</StoryButton>
      </div>
      <StoryText data-testid="snapshot">
        {`toasts.visible: ${toasts.visible.map((item) => `${item.display.key} ×${item.count}`).join(', ') || 'none'}; queuedCount: ${toasts.queuedCount}`}
      </StoryText>
      <ErrorToaster />
    </div>
  );
}

const meta = {
  title: 'Hooks/useErrorToasts',
  component: UseErrorToastsDemo,
  parameters: {
    kit: { single: true },
    docs: {
      // In its own frame, so the toasts stay in the story's corner.
      story: { inline: false, height: '360px' },
      description: { component: tsdocOf(source, 'useErrorToasts') },
    },
  },
} satisfies Meta<typeof UseErrorToastsDemo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** show twice (one toast, ×2), update it, dismiss it. */
export const ShowUpdateDismiss: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const snapshot = canvas.getByTestId('snapshot');
    await userEvent.click(canvas.getByRole('button', { name: 'show(ASLEEP)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'show(ASLEEP)' }));
    await waitFor(() => expect(snapshot).toHaveTextContent('VEHICLE_STATE.ASLEEP ×2'));
    await userEvent.click(canvas.getByRole('button', { name: 'update(id, FULLY_CHARGED)' }));
    await waitFor(() => expect(snapshot).toHaveTextContent('VEHICLE_STATE.FULLY_CHARGED'));
    await userEvent.click(canvas.getByRole('button', { name: 'dismiss(id)' }));
    await waitFor(() => expect(snapshot).toHaveTextContent('toasts.visible: none'));
    await waitFor(() => expect(openToasts(canvasElement)).toHaveLength(0));
    await animationsSettled();
  },
};
