import { act, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../theme/styles.css';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import {
  renderToaster,
  runOutsideActEnvironment,
  sleep,
} from '../../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../../test/helpers/finishAnimations';

runOutsideActEnvironment();

const RETRY = [{ kind: 'retry', label: 'Try again' }] as const;

function liveRegion(politeness: 'polite' | 'assertive'): HTMLElement {
  const region = document.querySelector<HTMLElement>(
    `[data-sek-announcer] [data-sek-live="${politeness}"]`,
  );
  if (region === null) throw new Error(`no ${politeness} live region`);
  return region;
}

/** Enter/exit animations ended at once, so visibility checks see the settled toasts. */
const settled = finishAnimations;

/**
 * Whether Chromium's accessibility tree ignores the element (inert, aria-hidden, outside a
 * modal…). Retried for a few seconds: on a loaded machine CDP's DOM snapshot can briefly lag
 * the page (a search that finds nothing yet).
 */
function ignoredByAccessibilityTree(
  selector: string,
): Promise<{ ignored: boolean; reasons: string[] }> {
  return vi.waitFor(() => queryAccessibilityTree(selector), { timeout: 5_000, interval: 100 });
}

async function queryAccessibilityTree(
  selector: string,
): Promise<{ ignored: boolean; reasons: string[] }> {
  const session = cdp();
  await session.send('DOM.enable');
  await session.send('Accessibility.enable');
  await session.send('DOM.getDocument', { depth: -1, pierce: true });
  const search = (await session.send('DOM.performSearch', { query: selector })) as {
    searchId: string;
    resultCount: number;
  };
  if (search.resultCount === 0) {
    await session.send('DOM.discardSearchResults', { searchId: search.searchId });
    throw new Error(`${selector}: not in CDP's DOM snapshot yet`);
  }
  const results = (await session.send('DOM.getSearchResults', {
    searchId: search.searchId,
    fromIndex: 0,
    toIndex: search.resultCount,
  })) as { nodeIds: number[] };
  await session.send('DOM.discardSearchResults', { searchId: search.searchId });
  const [nodeId] = results.nodeIds;
  if (nodeId === undefined || results.nodeIds.length !== 1) {
    throw new Error(`${selector}: ${results.nodeIds.length} nodes`);
  }
  const tree = (await session.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  })) as { nodes: { ignored: boolean; ignoredReasons?: { name: string }[] }[] };
  const node = tree.nodes[0]!;
  return {
    ignored: node.ignored,
    reasons: (node.ignoredReasons ?? []).map((reason) => reason.name),
  };
}

describe('ErrorToaster: announcements', () => {
  it('has its live regions in place before the first toast', async () => {
    renderToaster();
    await waitFor(() => expect(liveRegion('polite')).toBeInTheDocument());
    expect(liveRegion('polite')).toHaveAttribute('role', 'status');
    expect(liveRegion('assertive')).toHaveAttribute('role', 'alert');
    expect(liveRegion('polite')).toBeEmptyDOMElement();
    // one announcer: Radix's per-toast regions are never attached to the document
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(2);
  });

  it('announces a warning politely and a critical error assertively, once each', async () => {
    const { api } = renderToaster();
    await act(async () => {
      api().show(makeDisplay({ key: 'w', title: 'Car asleep' }));
    });
    await waitFor(() =>
      expect(liveRegion('polite')).toHaveTextContent(
        'Warning: Car asleep. Your car is asleep. Try again in a moment.',
      ),
    );
    expect(liveRegion('assertive')).toBeEmptyDOMElement();
    await act(async () => {
      api().show(
        makeDisplay({
          key: 'c',
          severity: 'critical',
          title: 'Access revoked',
          messageText: 'Reconnect.',
        }),
      );
    });
    await waitFor(() =>
      expect(liveRegion('assertive')).toHaveTextContent('Error: Access revoked. Reconnect.'),
    );
    expect(liveRegion('polite')).not.toHaveTextContent('Access revoked');
    // Radix's own announcement is silenced: no other element in the page says it
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(2);
  });

  it('announces a repeat with its count, but not every repeat of a storm', async () => {
    const { api } = renderToaster();
    await act(async () => {
      for (let n = 0; n < 50; n += 1) api().show(makeDisplay({ title: 'Offline' }));
    });
    await waitFor(() => expect(liveRegion('polite')).toHaveTextContent('Offline'));
    const said = liveRegion('polite').textContent;
    expect(said).toContain('Shown 50 times');
    expect(said!.match(/Offline/g)).toHaveLength(1);
  });

  it('keeps announcing while a modal <dialog> hides the rest of the page', async () => {
    const { api } = renderToaster({
      page: (
        <dialog aria-label="Settings">
          <p>Settings</p>
          <button type="button">Save</button>
        </dialog>
      ),
    });
    await waitFor(() => expect(liveRegion('polite')).toBeInTheDocument());
    const dialog = document.querySelector('dialog')!;
    dialog.showModal();
    await act(async () => {
      // Persistent: on a loaded machine this test can outlast a 5 s auto-dismiss, and what it
      // checks (announcements, Escape reaching the dialog) is not about durations.
      api().show(
        makeDisplay({
          severity: 'critical',
          title: 'Car offline',
          messageText: 'Check it.',
          persistent: true,
        }),
      );
    });
    await waitFor(() => expect(liveRegion('assertive')).toHaveTextContent('Error: Car offline.'));
    expect(dialog.contains(liveRegion('assertive'))).toBe(true);
    expect(await ignoredByAccessibilityTree('[data-sek-live="assertive"]')).toEqual({
      ignored: false,
      reasons: [],
    });
    // the control: the toast itself, outside the dialog, is hidden from assistive technology
    const toast = await ignoredByAccessibilityTree('[data-sek-part="toast"]');
    expect(toast.ignored).toBe(true);

    // Escape still closes the dialog (the toasts do not swallow it), and the announcer follows
    await userEvent.keyboard('{Escape}');
    expect(dialog.open).toBe(false);
    expect(screen.getByText('Car offline')).toBeInTheDocument();
    await act(async () => {
      api().show(makeDisplay({ key: 'after', title: 'Back on the page' }));
    });
    await waitFor(() => expect(liveRegion('polite')).toHaveTextContent('Back on the page'));
    expect(liveRegion('polite').parentElement!.parentElement).toBe(document.body);
    expect((await ignoredByAccessibilityTree('[data-sek-live="polite"]')).ignored).toBe(false);
  });

  it('keeps announcing under an aria-modal dialog that aria-hides its siblings', async () => {
    const { api } = renderToaster();
    await waitFor(() => expect(liveRegion('polite')).toBeInTheDocument());
    // what modal libraries (aria-hidden's hideOthers, used by Radix Dialog) do on open
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    modal.setAttribute('aria-label', 'Edit vehicle');
    modal.textContent = 'Edit vehicle';
    document.body.append(modal);
    const hidden = [...document.body.children].filter((child) => child !== modal);
    for (const child of hidden) child.setAttribute('aria-hidden', 'true');
    try {
      await act(async () => {
        api().show(makeDisplay({ title: 'Charging stopped' }));
      });
      await waitFor(() => expect(liveRegion('polite')).toHaveTextContent('Charging stopped'));
      expect(modal.contains(liveRegion('polite'))).toBe(true);
      expect((await ignoredByAccessibilityTree('[data-sek-live="polite"]')).ignored).toBe(false);
    } finally {
      for (const child of hidden) child.removeAttribute('aria-hidden');
      modal.remove();
    }
  });
});

describe('ErrorToaster: axe-core', () => {
  async function expectNoViolations() {
    await settled();
    const results = await axe.run(document.body, {
      // "region": the test page is not a whole app; the toaster's own region is checked by role.
      rules: { region: { enabled: false } },
    });
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
    );
    expect(summary).toEqual([]);
  }

  async function showMix(api: () => { show: (input: unknown) => string }) {
    await act(async () => {
      api().show(
        makeDisplay({ key: 'c', severity: 'critical', title: 'Access revoked', actions: RETRY }),
      );
      api().show(makeDisplay({ key: 'w', title: 'Car asleep' }));
      api().show(makeDisplay({ key: 'w', title: 'Car asleep' }));
      api().show(makeDisplay({ key: 'i', severity: 'info', title: 'Data may be late' }));
      api().show(makeDisplay({ key: 'q1' }));
      api().show(makeDisplay({ key: 'q2' }));
    });
  }

  it.each([
    ['light', 'ltr'],
    ['dark', 'ltr'],
    ['light', 'rtl'],
  ] as const)('reports no violation with toasts open (%s, %s)', async (colorScheme, dir) => {
    const { api } = renderToaster({ provider: { colorScheme }, dir });
    await showMix(api);
    await expectNoViolations();
  });
});

describe('ErrorToaster: screenshots', () => {
  it.each([
    ['light', 'ltr', '#ffffff'],
    ['dark', 'ltr', '#0d1117'],
    ['light', 'rtl', '#ffffff'],
  ] as const)(
    'looks right: 3 toasts and "N more" (%s, %s)',
    async (colorScheme, dir, background) => {
      await page.viewport(900, 620);
      document.body.style.background = background;
      document.documentElement.dir = dir;
      try {
        const { api } = renderToaster({ provider: { colorScheme }, dir });
        await act(async () => {
          api().show(
            makeDisplay({
              key: 'c',
              severity: 'critical',
              title: 'Access to your car was revoked',
              messageText: 'Reconnect your car to keep using Fleet.',
              actions: [{ kind: 'reconnect', label: 'Reconnect' }],
            }),
          );
          for (let n = 0; n < 3; n += 1) api().show(makeDisplay({ key: 'w', title: 'Car asleep' }));
          api().show(
            makeDisplay({
              key: 'i',
              severity: 'info',
              title: 'Data may be late',
              messageText: 'The car reported its location 10 minutes ago.',
              actions: RETRY,
              retryAt: Date.now() + 12_000,
            }),
          );
          for (let n = 0; n < 4; n += 1) api().show(makeDisplay({ key: `q${n}` }));
        });
        await settled();
        await sleep(50);
        await page.screenshot({
          path: `../../../node_modules/.cache/sek-shots/toast-${colorScheme}-${dir}.png`,
        });
      } finally {
        document.body.style.background = '';
        document.documentElement.dir = 'ltr';
      }
    },
  );
});
