import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { ErrorBanner, ErrorToaster, SupportContactCard, useErrorToasts } from 'smartcar-error-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { documentedError } from '../support/documentedErrors';
import { firstPane } from '../support/panes';
import { PHONE_WIDTHS, atPhoneWidth } from '../support/PhoneFrame';
import {
  expectBreaksOnlyAtSeparators,
  expectCopyAfterId,
  expectNoHorizontalOverflow,
} from '../support/phoneLayout';
import { OCCURRED_AT, VOLTPARK_SUPPORT, animationsSettled } from '../support/storyKit';

const [SMALLEST, TYPICAL] = PHONE_WIDTHS;

/** The folded-in support card's case: contact support, with the battery capacities found. */
const SUPPORT_ERROR = documentedError('SERVER.MULTIPLE_RECORDS_FOUND').error;

/** Shows `errors` as persistent toasts when it mounts (the screenshot and axe see them settled). */
function ToastsOnMount({ errors }: { readonly errors: readonly string[] }) {
  const { show, dismissAll } = useErrorToasts();
  useEffect(() => {
    for (const id of errors) show(documentedError(id).error, { persistent: true });
    return () => dismissAll();
  }, [errors, show, dismissAll]);
  return <ErrorToaster />;
}

const meta = {
  title: 'Components/Phone widths',
  args: { onRetry: fn(), onDismiss: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The banner, the support card and a toast on a phone: each component lays itself out by the width it is given (container queries), so the same happens in a 320 px column on a desktop. Narrow, the support card puts labels above values, the banner gives its full width to everything below the title, e-mails, URLs and request ids break only after `@ . / -`, Copy sits below the id, and action buttons wrap whole.',
      },
    },
  },
} satisfies Meta<{ onRetry: () => void; onDismiss: () => void }>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The pane the story drew (first of two when the toolbar shows light and dark side by side). */
const componentIn = (canvasElement: HTMLElement, name: string) =>
  firstPane(canvasElement).querySelector<HTMLElement>(`[data-sek-component="${name}"]`)!;

async function checkCard(card: HTMLElement) {
  await expectNoHorizontalOverflow(card);
  await expectCopyAfterId(card);
  for (const value of card.querySelectorAll(
    'a[href^="mailto:"], [data-sek-part="url"] bdi, [data-sek-part="request-id-value"]',
  )) {
    await expectBreaksOnlyAtSeparators(value);
  }
}

function bannerAt(width: number): Story {
  return {
    decorators: [atPhoneWidth(width)],
    render: (args) => <ErrorBanner error={SUPPORT_ERROR} support={VOLTPARK_SUPPORT} {...args} />,
    play: async ({ canvasElement }) => {
      const banner = componentIn(canvasElement, 'banner');
      await expectNoHorizontalOverflow(banner);
      await checkCard(componentIn(canvasElement, 'support-card'));
    },
  };
}

function cardAt(width: number): Story {
  return {
    decorators: [atPhoneWidth(width)],
    render: () => (
      <SupportContactCard
        error={SUPPORT_ERROR}
        support={VOLTPARK_SUPPORT}
        occurredAt={OCCURRED_AT}
      />
    ),
    play: async ({ canvasElement }) => {
      await checkCard(componentIn(canvasElement, 'support-card'));
    },
  };
}

function toastsAt(width: number): Story {
  return {
    decorators: [atPhoneWidth(width, true)],
    // The toaster is fixed to its frame: two side-by-side panes would share one corner.
    parameters: { kit: { single: true } },
    render: () => (
      <ToastsOnMount errors={['VEHICLE_STATE.CHARGING_PLUG_NOT_CONNECTED', 'RATE_LIMIT.VEHICLE']} />
    ),
    play: async ({ canvasElement }) => {
      await waitFor(() =>
        expect(canvasElement.querySelectorAll('[data-sek-part="toast"]').length).toBe(2),
      );
      await animationsSettled();
      const frame = canvasElement.querySelector<HTMLElement>('[data-phone-frame]')!;
      const edges = frame.getBoundingClientRect();
      for (const toast of canvasElement.querySelectorAll<HTMLElement>('[data-sek-part="toast"]')) {
        await expectNoHorizontalOverflow(toast);
        const rect = toast.getBoundingClientRect();
        await expect(rect.left).toBeGreaterThanOrEqual(edges.left);
        await expect(rect.right).toBeLessThanOrEqual(edges.right);
      }
    },
  };
}

/** The banner with its folded-in support card at 320 px (the smallest common phone). */
export const BannerAt320: Story = bannerAt(SMALLEST);
/** The same at 375 px, where the issue saw "support@voltpark.e / xample". */
export const BannerAt375: Story = bannerAt(TYPICAL);
/** The support card on its own at 320 px: labels above values, Copy below the id. */
export const SupportCardAt320: Story = cardAt(SMALLEST);
/** The support card on its own at 375 px. */
export const SupportCardAt375: Story = cardAt(TYPICAL);
/** Two toasts at 320 px: the toaster takes the phone's width. */
export const ToastsAt320: Story = toastsAt(SMALLEST);
/** Two toasts at 375 px. */
export const ToastsAt375: Story = toastsAt(TYPICAL);
