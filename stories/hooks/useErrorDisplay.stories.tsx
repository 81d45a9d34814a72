import type { Meta, StoryObj } from '@storybook/react-vite';
import { useErrorDisplay } from 'smartcar-error-kit';
import { expect, within } from 'storybook/test';
// Documentation only: the hook's TSDoc, read from its source so the page never drifts from it.
import source from '../../src/react/hooks/useErrorDisplay.ts?raw';
import { errorArgType } from '../support/playgroundArgs';
import { errorId } from '../support/documentedErrors';
import { tsdocOf } from '../support/tsdoc';
import { LOCALE_TAGS } from '../../test/fixtures/localePacks';

/** Props of the demo: the hook's arguments. */
interface UseErrorDisplayDemoProps {
  /** Anything `parseSmartcarError` accepts, a `SmartcarError` or an `ErrorDisplay`. */
  readonly error: unknown;
  /** `options.vehicleName`. */
  readonly vehicleName?: string;
  /** `options.locale`; default: the provider's. */
  readonly locale?: string;
}

/** Renders what `useErrorDisplay(error, options)` returns, field by field. */
function UseErrorDisplayDemo({ error, vehicleName, locale }: UseErrorDisplayDemoProps) {
  const display = useErrorDisplay(error, {
    ...(vehicleName !== undefined && { vehicleName }),
    ...(locale !== undefined && { locale }),
  });
  const rows: [string, string][] = [
    ['key', display.key],
    ['severity', display.severity],
    ['politeness', display.politeness],
    ['persistent', String(display.persistent)],
    ['title', display.title],
    ['messageText', display.messageText],
    ['actions', display.actions.map((action) => `${action.kind} (“${action.label}”)`).join(', ')],
    ['retryAt', display.retryAt === null ? 'null' : new Date(display.retryAt).toISOString()],
    ['requestId', display.requestId ?? 'null'],
    [
      'detail',
      display.detail === null
        ? 'null'
        : `${display.detail.label}: ${display.detail.items.join(', ')}`,
    ],
    ['locale', display.locale],
  ];
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        gap: '0.25rem 1rem',
        maxInlineSize: '48rem',
        margin: 0,
      }}
    >
      {rows.map(([name, value]) => (
        <div key={name} style={{ display: 'contents' }}>
          <dt>
            <code>{name}</code>
          </dt>
          <dd style={{ margin: 0 }} data-field={name}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const meta = {
  title: 'Hooks/useErrorDisplay',
  component: UseErrorDisplayDemo,
  args: { error: errorId('SERVER.MULTIPLE_RECORDS_FOUND'), vehicleName: 'Model 3' },
  argTypes: {
    error: errorArgType('The hook’s `input`.'),
    locale: { options: LOCALE_TAGS, control: 'select' },
  },
  parameters: {
    docs: { description: { component: tsdocOf(source, 'useErrorDisplay') } },
  },
} satisfies Meta<typeof UseErrorDisplayDemo>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The display model of MULTIPLE_RECORDS_FOUND: contact support, candidate capacities as detail. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const field = (name: string) => canvasElement.querySelector(`[data-field="${name}"]`);
    await expect(field('key')).toHaveTextContent('SERVER.MULTIPLE_RECORDS_FOUND');
    await expect(field('actions')).toHaveTextContent('contact-support');
    await expect(field('detail')).toHaveTextContent('83.9');
    await expect(within(canvasElement).getAllByRole('term').length).toBeGreaterThan(5);
  },
};

/** The same failure in French (`options.locale`). */
export const InFrench: Story = {
  args: { error: errorId('VEHICLE_STATE.ASLEEP'), locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-field="locale"]')).toHaveTextContent('fr');
  },
};
