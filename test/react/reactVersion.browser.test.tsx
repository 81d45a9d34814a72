/**
 * Proves which React the project runs on (the `unit:react18` and `browser:react18` projects alias
 * React to test/react18) and that the libraries rendering for the kit get that same React: Testing
 * Library's `render` and Radix Toast (its context crosses the kit's components, so two Reacts
 * would fail with "Invalid hook call").
 */
import { act, render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { inject } from 'vitest';
import { ErrorToaster, SmartcarErrorProvider, useErrorToasts } from 'smartcar-error-kit';
import { makeSmartcarError } from '../fixtures/makeSmartcarError';

const major = inject('reactMajor');

describe(`React ${major} (browser)`, () => {
  it(`runs react and react-dom ${major}`, () => {
    expect(version.split('.')[0]).toBe(major);
    expect(domVersion).toBe(version);
  });

  it('shows a Radix toast through Testing Library with no console error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let show: ReturnType<typeof useErrorToasts>['show'] = () => '';
    function Grab() {
      show = useErrorToasts().show;
      return null;
    }
    render(
      <SmartcarErrorProvider appName="Fleet">
        <Grab />
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    act(() => {
      show(makeSmartcarError({ type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429 }));
    });
    expect(await screen.findByRole('button', { name: /dismiss|close/i })).toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
