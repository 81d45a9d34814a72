// @vitest-environment node
/**
 * A store made at module scope of a server-rendered app (Next.js prerenders a layout whose
 * client wrapper renders the provider): creating it and rendering the provider with it on the
 * server touch no browser global and start no timer.
 */
import { renderToString } from 'react-dom/server';
import { createErrorToasts, ErrorToaster, SmartcarErrorProvider } from 'smartcar-error-kit';

describe('createErrorToasts on the server', () => {
  it('creates a store and server-renders the provider with it, with no browser global', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const store = createErrorToasts();
    const html = renderToString(
      <SmartcarErrorProvider appName="Volt" toasts={store}>
        <main>page</main>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    expect(html).toBe('<main>page</main>');
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });
});
