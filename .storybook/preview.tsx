import type { Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';
import { globalTypes, initialGlobals } from './globals';
import { withKit } from './withKit';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story test, not only warn.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color|accent|border|text|icon)$/i } },
    layout: 'fullscreen',
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Contracts',
            'Fleets and webhooks',
            'Accessibility',
            'Theming tokens',
          ],
          'Components',
          [
            'ErrorBanner',
            'ErrorToaster',
            'SupportContactCard',
            'FleetIssueSummary',
            'SmartcarErrorProvider',
          ],
          'Catalogue',
          'Theming',
          'Recipes',
          'Hooks',
        ],
      },
    },
  },
  globalTypes,
  initialGlobals,
  decorators: [withKit],
  tags: ['autodocs'],
};
export default preview;
