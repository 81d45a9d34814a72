import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color|accent|border|text|icon)$/i } },
  },
  tags: ['autodocs'],
};
export default preview;
