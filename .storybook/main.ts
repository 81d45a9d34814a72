import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  // No '@storybook/addon-vitest' here: the story tests run through its Vitest plugin
  // (vitest.config.ts, `npm test`), which needs no registration; registered, the addon only adds a
  // "Run tests" panel that floats over the bottom of the sidebar.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Storybook's own onboarding ("Get started" checklist in the sidebar, the guide in the menu)
  // is about writing a first story, not about this kit: the kit's introduction is
  // Docs › Getting started, first in the sidebar.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Strict mode: stories (and story tests) run effects twice, as apps in development do.
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // MSW's worker for the recipes. Not the repository's `public/`: Vite would copy that into the
  // library's dist/. The Vitest plugin serves staticDirs too, so story tests can register it.
  staticDirs: ['./public'],
  async viteFinal(config) {
    // vite.config.ts carries the library's declaration and stylesheet plugins; a Storybook
    // build must not run them (it would overwrite dist/index.d.ts). vite-plugin-dts 5 registers
    // itself as `unplugin-dts`.
    config.plugins = (config.plugins ?? [])
      .flat()
      .filter(
        (plugin) =>
          !(plugin && typeof plugin === 'object' && 'name' in plugin) ||
          !/^(vite:dts|unplugin-dts|sek-stylesheet)/.test(String(plugin.name)),
      );
    return config;
  },
};
export default config;
