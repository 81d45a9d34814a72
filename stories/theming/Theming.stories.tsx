import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  EV_CHARGING_BRAND,
  FLEET_DASHBOARD_BRAND,
  useBrandTheme,
  type BrandTheme,
} from '../support/brandThemes';
import { firstPane } from '../support/panes';
import { animationsSettled } from '../support/storyKit';
import { ShowcaseBlocks, ShowcaseToaster, type ShowcaseLook } from '../support/ThemeShowcase';
import { toastsSettled } from '../support/ToasterStage';

const meta = {
  title: 'Theming/Looks',
  component: ShowcaseBlocks,
  args: { look: {}, title: 'Default look' },
  parameters: {
    // Each story renders its own toaster (fixed to the window): one pane, never two.
    kit: { single: true },
    docs: {
      // In their own frames, so each story's toast stays in its own corner.
      story: { inline: false, height: '760px' },
      description: {
        component:
          'The same screen — a banner of each severity, a support card and a toast — in the default light and dark looks, two brands made only with the `theme` prop, `unstyled` with the host’s own CSS, and right to left. Every token is listed in **Docs › Theming tokens**.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await toastsSettled(canvasElement);
  },
} satisfies Meta<typeof ShowcaseBlocks>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The stylesheet's light and dark palettes, side by side (`colorScheme` on each component). */
export const DefaultLightAndDark: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))',
        gap: '1.5rem',
      }}
    >
      <div
        style={{ background: '#ffffff', color: '#1f2328', padding: '1rem', colorScheme: 'light' }}
      >
        <ShowcaseBlocks
          title="Default look — light"
          look={{ colorScheme: 'light' }}
          nameSuffix="light"
        />
      </div>
      <div
        style={{ background: '#0d1117', color: '#e6edf3', padding: '1rem', colorScheme: 'dark' }}
      >
        <ShowcaseBlocks
          title="Default look — dark"
          look={{ colorScheme: 'dark' }}
          nameSuffix="dark"
        />
      </div>
    </div>
  ),
  play: async () => {
    await animationsSettled();
  },
};

function BrandScreen({ brand }: { brand: BrandTheme }) {
  const theme = useBrandTheme(brand);
  const look: ShowcaseLook = { theme };
  return (
    <>
      <ShowcaseBlocks title={brand.name} look={look} />
      <ShowcaseToaster look={look} />
    </>
  );
}

/** VoltPark, an EV charging app: rounded, roomy, emerald — only through `theme`. */
export const EvChargingBrand: Story = {
  render: () => <BrandScreen brand={EV_CHARGING_BRAND} />,
};

/** Fleetwise, a fleet dashboard: square, dense, blue and slate — only through `theme`. */
export const FleetDashboardBrand: Story = {
  parameters: { kit: { single: true, appName: 'Fleetwise' } },
  render: () => <BrandScreen brand={FLEET_DASHBOARD_BRAND} />,
};

/** The host's own stylesheet: it styles the kit's parts through `classNames` and `data-sek-*`. */
const HOST_CSS = `
.host-app { font-family: Georgia, 'Times New Roman', serif; }
.host-app .host-banner {
  display: grid; grid-template-columns: auto 1fr auto; gap: 0.75rem; align-items: start;
  padding: 1rem; border: 2px solid #3a3a3a; border-inline-start-width: 10px;
  background: #fffdf7; color: #1a1a1a;
}
.host-app .host-banner[data-sek-severity='critical'] { border-color: #a4161a; }
.host-app .host-banner[data-sek-severity='warning'] { border-color: #8a5a00; }
.host-app .host-banner[data-sek-severity='info'] { border-color: #1f4e79; }
.host-app .host-title { margin: 0 0 0.25rem; font-size: 1.125rem; }
.host-app .host-actions { display: flex; gap: 0.5rem; margin-block-start: 0.5rem; }
.host-app .host-banner a, .host-app .host-card a { color: #1f4e79; }
.host-app .host-card { padding: 1rem; border: 1px dashed #3a3a3a; background: #fffdf7; color: #1a1a1a; }
.host-app .host-card dl { display: grid; gap: 0.25rem; margin: 0.5rem 0; }
.host-app .host-card dl > div { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.host-app .host-card dt { font-weight: bold; min-inline-size: 7rem; }
.host-app .host-card dd { margin: 0; }
.host-app button, .host-toast button {
  font: inherit; padding: 0.25rem 0.625rem; border: 1px solid #1f4e79; border-radius: 3px;
  background: #1f4e79; color: #ffffff; cursor: pointer;
}
.host-toasts { position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem; margin: 0; padding: 0; list-style: none; inline-size: 22rem; }
.host-toast { display: grid; grid-template-columns: auto 1fr auto; gap: 0.5rem; padding: 0.75rem; border: 2px solid #3a3a3a; background: #fffdf7; color: #1a1a1a; font-family: Georgia, serif; }
.host-toast a { color: #1f4e79; }
`;

const UNSTYLED_LOOK: ShowcaseLook = {
  unstyled: true,
  bannerClassNames: { root: 'host-banner', title: 'host-title', actions: 'host-actions' },
  cardClassNames: { root: 'host-card' },
  toasterClassName: 'host-toasts',
  toasterClassNames: { toast: 'host-toast' },
};

/** `unstyled`: none of the kit's look, all of its behaviour, roles and live regions. */
export const UnstyledWithHostCss: Story = {
  render: () => (
    <div className="host-app">
      <style>{HOST_CSS}</style>
      <ShowcaseBlocks title="Unstyled, with the host’s CSS" look={UNSTYLED_LOOK} />
      <ShowcaseToaster look={UNSTYLED_LOOK} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await toastsSettled(canvasElement);
    for (const root of canvasElement.querySelectorAll('[data-sek-component]')) {
      await expect(root).toHaveAttribute('data-sek-unstyled');
    }
  },
};

/** Right to left: icons, actions, borders and the toast corner mirror (logical properties). */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: () => (
    <>
      <ShowcaseBlocks title="Right to left" look={{}} />
      <ShowcaseToaster look={{}} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await toastsSettled(canvasElement);
    const pane = firstPane(canvasElement);
    const banner = pane.querySelector<HTMLElement>('[data-sek-component="banner"]')!;
    const icon = banner.querySelector<HTMLElement>('[data-sek-part="icon"]')!;
    await expect(getComputedStyle(banner).direction).toBe('rtl');
    const box = banner.getBoundingClientRect();
    // The icon sits at the inline start: the right-hand side in RTL.
    await expect(icon.getBoundingClientRect().left).toBeGreaterThan(box.left + box.width / 2);
    const viewport = pane.querySelector<HTMLElement>('[data-sek-toaster]')!;
    await waitFor(() =>
      expect(viewport.getBoundingClientRect().left).toBeLessThan(window.innerWidth / 2),
    );
  },
};
