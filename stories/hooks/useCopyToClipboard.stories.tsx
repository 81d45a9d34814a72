import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCopyToClipboard } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
// Documentation only: the hook's TSDoc, read from its source so the page never drifts from it.
import source from '../../src/react/hooks/useCopyToClipboard.ts?raw';
import { stubClipboard, type ClipboardStub } from '../support/storyKit';
import { StoryButton, StoryText } from '../support/StoryText';
import { tsdocOf } from '../support/tsdoc';

interface UseCopyToClipboardDemoProps {
  /** The text the button copies. */
  readonly text: string;
}

/** A copy button built from `getButtonProps(text)`, and the status it reports. */
function UseCopyToClipboardDemo({ text }: UseCopyToClipboardDemoProps) {
  const { status, getButtonProps } = useCopyToClipboard();
  return (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
      <code dir="ltr">{text}</code>
      <StoryButton {...getButtonProps(text)}>Copy</StoryButton>
      <StoryText as="span" role="status">
        {status === 'idle' ? '' : status}
      </StoryText>
    </div>
  );
}

let clipboard: ClipboardStub | null = null;

const meta = {
  title: 'Hooks/useCopyToClipboard',
  component: UseCopyToClipboardDemo,
  args: { text: '5dea93a1-3f79-4246-90c5-89610a20471b' },
  parameters: {
    docs: { description: { component: tsdocOf(source, 'useCopyToClipboard') } },
  },
} satisfies Meta<typeof UseCopyToClipboardDemo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The clipboard accepts the text (stubbed: a headless browser grants no permission). */
export const Copies: Story = {
  beforeEach: () => {
    clipboard = stubClipboard('copies');
    return () => clipboard?.restore();
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('copied'));
    await expect(clipboard?.written).toEqual([args.text]);
  },
};

/** Denied, and the legacy fallback fails too: the status is `failed`. */
export const Denied: Story = {
  beforeEach: () => {
    clipboard = stubClipboard('denied');
    return () => clipboard?.restore();
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('failed'));
  },
};
