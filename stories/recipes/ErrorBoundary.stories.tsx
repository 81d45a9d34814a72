import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ErrorBoundary, useErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { ErrorBanner, parseSmartcarError, parseSmartcarResponse } from 'smartcar-error-kit';
import { expect, waitFor, within } from 'storybook/test';
import {
  HttpResponse,
  SMARTCAR_API,
  VEHICLE_ID,
  failThenSucceed,
  mockSmartcar,
  smartcarErrorResponse,
} from '../support/mockSmartcar';
import { containing, storyPack } from '../../.storybook/storyLocale';
import { StoryButton, StoryText } from '../support/StoryText';

interface Location {
  readonly latitude: number;
  readonly longitude: number;
}

/** Loads the car's location on demand; a failure goes to the nearest error boundary. */
function VehicleLocation() {
  const { showBoundary } = useErrorBoundary();
  const [location, setLocation] = useState<Location | null>(null);
  const load = async () => {
    try {
      const response = await fetch(`${SMARTCAR_API}/vehicles/${VEHICLE_ID}/location`);
      if (!response.ok) {
        showBoundary(await parseSmartcarResponse(response));
        return;
      }
      setLocation((await response.json()) as Location);
    } catch (failure) {
      showBoundary(parseSmartcarError(failure));
    }
  };
  return (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <div>
        <StoryButton onClick={() => void load()}>Locate my car</StoryButton>
      </div>
      <StoryText role="status">
        {location === null ? '' : `Parked at ${location.latitude}, ${location.longitude}.`}
      </StoryText>
    </div>
  );
}

/** The boundary's fallback: the banner, whose Retry resets the boundary. */
function BannerFallback({ error, resetErrorBoundary }: FallbackProps) {
  return <ErrorBanner error={error} onRetry={resetErrorBoundary} headingLevel={3} />;
}

function LocationPage() {
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxInlineSize: '36rem' }}>
      <StoryText as="h2">Where is my car?</StoryText>
      <ErrorBoundary FallbackComponent={BannerFallback}>
        <VehicleLocation />
      </ErrorBoundary>
    </div>
  );
}

let location = failThenSucceed('/vehicles/:id/location', [], () => HttpResponse.json({}));

const meta = {
  title: 'Recipes/Error boundary fallback',
  component: LocationPage,
  parameters: {
    docs: {
      description: {
        component:
          'A `react-error-boundary` `FallbackComponent` that renders `ErrorBanner` with the caught error; the banner’s Retry calls `resetErrorBoundary`. Async failures reach the boundary through `useErrorBoundary().showBoundary(await parseSmartcarResponse(response))`. (React reports errors caught by a boundary in the console in development.)',
      },
    },
  },
  beforeEach: async () => {
    location = failThenSucceed(
      '/vehicles/:id/location',
      [() => smartcarErrorResponse('SERVER__INTERNAL__1')],
      () => HttpResponse.json({ latitude: 52.5163, longitude: 13.3777 }),
    );
    return mockSmartcar(location.handler);
  },
} satisfies Meta<typeof LocationPage>;
export default meta;

type Story = StoryObj<typeof meta>;

/** 500 SERVER.INTERNAL lands in the boundary as a banner; Retry resets it and the call succeeds. */
export const FallbackBannerThenRetry: Story = {
  play: async ({ canvasElement, args, globals, parameters, userEvent }) => {
    const { ui, titles } = storyPack({ globals, parameters, args });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Locate my car' }));
    // SERVER.INTERNAL has a title of its own ("Server error"), not the generic one.
    const banner = await canvas.findByRole('region', {
      name: containing(titles['SERVER.INTERNAL']),
    });
    await expect(banner).toHaveAttribute('data-sek-component', 'banner');
    await userEvent.click(within(banner).getByRole('button', { name: containing(ui.actionRetry) }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Locate my car' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Parked at 52.5163'));
    await expect(location.calls()).toBe(2);
  },
};
