import { act, fireEvent, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import {
  SmartcarErrorProvider,
  parseSmartcarError,
  useCopyToClipboard,
  useErrorDisplay,
  useRetryCountdown,
  useThemeRootProps,
} from 'smartcar-error-kit';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const T0 = 1_700_000_000_000;

function Panel({ error }: { error: unknown }) {
  const display = useErrorDisplay(error, { vehicleName: 'Model 3' });
  const { secondsLeft, ready } = useRetryCountdown(display);
  const { getButtonProps, status } = useCopyToClipboard();
  const rootProps = useThemeRootProps({ theme: { accent: 'teal' } });
  return (
    <section aria-label={display.title} {...rootProps}>
      <p>{display.messageText}</p>
      <button type="button" disabled={!ready}>
        {ready ? 'Retry' : `Retry in ${secondsLeft} s`}
      </button>
      <button {...getButtonProps(display.requestId ?? '')}>Copy ({status})</button>
    </section>
  );
}

function App({ error }: { error: unknown }) {
  return (
    <SmartcarErrorProvider appName="Volt" colorScheme="system">
      <Panel error={error} />
    </SmartcarErrorProvider>
  );
}

describe('provider and hooks across server rendering and hydration', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('render the same markup on the server and hydrate without a warning, then come alive', async () => {
    const error = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json, {
      headers: { 'Retry-After': '30' },
    });
    const html = renderToString(<App error={error} />);
    expect(html).toContain('Retry in 30 s');
    expect(html).toContain('data-sek-color-scheme="system"');
    expect(html).toContain('--sek-accent:teal');

    // The page arrives in the browser a few seconds later.
    vi.setSystemTime(T0 + 4_000);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <App error={error} />, {
        onRecoverableError: (e) => recoverable.push(e),
      });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);

    // Alive: the countdown ticks and the copy button copies.
    expect(screen.getByRole('button', { name: /^Retry in \d+ s$/ })).toBeDisabled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy (idle)' }));
    });
    expect(writeText).toHaveBeenCalledWith('5dea93a1-3f79-4246-90c5-89610a20471b');
    expect(screen.getByRole('button', { name: 'Copy (copied)' })).toBeInTheDocument();
    container.remove();
  });
});
