import { act, screen, within } from '@testing-library/react';
import { smartcarErrorFixtures } from 'smartcar-error-kit/testing';
import '../../theme/styles.css';
import { renderToaster, runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../../test/helpers/finishAnimations';

runOutsideActEnvironment();

/** The toasts on screen, by their title text. */
function shownTitles() {
  return [...document.querySelectorAll('[data-sek-part="toast"][data-state="open"]')].map(
    (toast) => toast.querySelector('[data-sek-part="title"]')!.textContent,
  );
}

describe('ErrorToaster: what needs the person first (SPEC 3b)', () => {
  it('shows a reconnect that arrives in a full toaster; one passing toast waits in "1 more"', async () => {
    const { api } = renderToaster({ toaster: { maxVisible: 3 } });
    const passing = [
      smartcarErrorFixtures.get('VEHICLE_STATE', 'ASLEEP'),
      smartcarErrorFixtures.get('RATE_LIMIT', 'VEHICLE'),
      smartcarErrorFixtures.get('VEHICLE_STATE', 'UNREACHABLE'),
    ];
    await act(async () => {
      for (const fixture of passing) api().show(fixture.body);
    });
    await finishAnimations();
    const before = shownTitles();
    expect(before).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();

    await act(async () => {
      api().show(smartcarErrorFixtures.get('AUTHENTICATION', null).body);
    });
    await finishAnimations();
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    const reconnect = within(region).getByRole('button', { name: 'Reconnect' });
    expect(reconnect).toBeVisible();
    expect(shownTitles()).toHaveLength(3);
    // The newest passing one waits; the first two stay. (Radix portals each toast into the
    // viewport as it mounts, so the DOM order is mount order, not line order.)
    expect(shownTitles().sort()).toEqual([before[0], before[1], 'Error: Car disconnected'].sort());
    expect(before[2]).toBe('Warning: Car unreachable');
    expect(screen.getByRole('button', { name: '1 more' })).toBeVisible();
  });
});
