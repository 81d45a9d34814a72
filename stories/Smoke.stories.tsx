import type { Meta, StoryObj } from '@storybook/react-vite';

function Smoke() {
  return <p>smartcar-error-kit Storybook is up.</p>;
}

const meta = { title: 'Internal/Smoke', component: Smoke } satisfies Meta<typeof Smoke>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
