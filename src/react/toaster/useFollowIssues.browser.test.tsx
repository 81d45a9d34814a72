import { act, screen, waitFor } from '@testing-library/react';
import '../../theme/styles.css';
import fr from '../../locales/fr';
import {
  fakeVehicleIssues,
  issueOf,
  UNREACHABLE_TESLA as UNREACHABLE,
} from '../../../test/fixtures/fakeVehicleIssues';
import { renderToaster, runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';

runOutsideActEnvironment();

function liveRegion(politeness: 'polite' | 'assertive'): HTMLElement {
  const region = document.querySelector<HTMLElement>(
    `[data-sek-announcer] [data-sek-live="${politeness}"]`,
  );
  if (region === null) throw new Error(`no ${politeness} live region`);
  return region;
}

describe('ErrorToaster following a vehicle-issues store (Chromium)', () => {
  it('closes the toast of a resolved issue and says politely that it is resolved', async () => {
    const issues = fakeVehicleIssues();
    const { api } = renderToaster({
      provider: { appName: 'Volt' },
      toaster: { issues: issues.store },
    });
    await act(async () => issues.set([issueOf(UNREACHABLE)]));
    await waitFor(() => expect(api().toasts.visible).toHaveLength(1));
    const title = api().toasts.visible[0]!.display.title;
    const toast = (await screen.findByText(title)).closest('li')!;
    await waitFor(() => expect(liveRegion('polite')).toHaveTextContent(`Warning: ${title}`));

    await act(async () => issues.set([]));
    await waitFor(() => expect(toast).not.toBeInTheDocument());
    await waitFor(() => expect(liveRegion('polite')).toHaveTextContent(`Resolved: ${title}`));
    // said as resolved, never again as a failure, and never assertively
    expect(liveRegion('polite').textContent).not.toMatch(/Warning|Error:/);
    expect(liveRegion('assertive')).toBeEmptyDOMElement();
  });

  it('says it in the toast’s language', async () => {
    const issues = fakeVehicleIssues();
    const { api } = renderToaster({
      provider: { appName: 'Volt', locale: 'fr', locales: [fr] },
      toaster: { issues: issues.store },
    });
    await act(async () => issues.set([issueOf(UNREACHABLE)]));
    await waitFor(() => expect(api().toasts.visible).toHaveLength(1));
    const title = api().toasts.visible[0]!.display.title;
    await waitFor(() => expect(liveRegion('polite')).toHaveTextContent(title));
    await act(async () => issues.set([]));
    // "Résolu : <title>" (French puts a no-break space before the colon)
    await waitFor(() => expect(liveRegion('polite').textContent).toBe(`Résolu\u00a0: ${title}`));
  });
});
