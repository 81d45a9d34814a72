import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { englishLocale, SupportContactCard } from 'smartcar-error-kit';
import '../../theme/styles.css';
import { networkDisplay, supportDisplay } from '../../../test/fixtures/componentDisplays';
import { violations } from '../../../test/fixtures/axeViolations';

const ui = englishLocale.ui;
const REQUEST_ID = '5dea93a1-3f79-4246-90c5-89610a20471b';
const SUPPORT = {
  email: 'help@example.com',
  url: 'https://example.com/help',
  phone: '+1 555 0100',
  hours: 'Mon–Fri, 9:00–17:00 CET',
};

/** Links open mail clients, dialers and new tabs; keep the test page where it is. */
function stopNavigation(event: MouseEvent): void {
  if ((event.target as Element | null)?.closest('a')) event.preventDefault();
}
beforeAll(() => document.addEventListener('click', stopNavigation));
afterAll(() => document.removeEventListener('click', stopNavigation));
afterEach(() => {
  vi.restoreAllMocks();
  window.getSelection()?.removeAllRanges();
});

function copyStatus(): HTMLElement {
  return within(screen.getByRole('region', { name: ui.supportTitle })).getByRole('status');
}

describe('SupportContactCard in Chromium — copying the request id (C-2)', () => {
  it('C-2.3/C-2.4: a successful copy writes the id and says so in the live region', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<SupportContactCard error={supportDisplay} />);
    expect(copyStatus()).toBeEmptyDOMElement();
    screen.getByRole('button', { name: ui.supportCopy }).focus();
    await userEvent.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(REQUEST_ID);
    await waitFor(() => expect(copyStatus()).toHaveTextContent(ui.supportCopied));
  });

  it('C-2.4/C-2.5: a denied copy says it failed and selects the id for a manual copy', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    render(<SupportContactCard error={supportDisplay} />);
    screen.getByRole('button', { name: ui.supportCopy }).focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(copyStatus()).toHaveTextContent(ui.supportCopyFailed));
    expect(window.getSelection()?.toString()).toBe(REQUEST_ID);
  });

  it('C-2.5: a second failure selects the id again after the person clicked elsewhere', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<SupportContactCard error={supportDisplay} />);
    const copy = screen.getByRole('button', { name: ui.supportCopy });
    await userEvent.click(copy);
    await waitFor(() => expect(window.getSelection()?.toString()).toBe(REQUEST_ID));
    window.getSelection()?.removeAllRanges();
    await userEvent.click(copy);
    await waitFor(() => expect(window.getSelection()?.toString()).toBe(REQUEST_ID));
  });
});

describe('SupportContactCard in Chromium — keyboard', () => {
  it('Tab visits Copy, e-mail, help page, phone, then developer details; Enter opens the details', async () => {
    render(
      <>
        <button type="button">start</button>
        <SupportContactCard error={supportDisplay} support={SUPPORT} showDeveloperDetails />
      </>,
    );
    screen.getByRole('button', { name: 'start' }).focus();
    const visited: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await userEvent.tab();
      const active = document.activeElement as HTMLElement;
      visited.push(
        active.closest('[data-sek-part]')?.getAttribute('data-sek-part') ?? active.tagName,
      );
    }
    expect(visited).toEqual(['copy', 'email', 'url', 'phone', 'developer-details']);
    const details = document.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
  });

  it('links are followed with Enter (mailto, new tab, tel)', async () => {
    const followed: string[] = [];
    const record = (event: MouseEvent) => {
      const link = (event.target as Element).closest('a');
      if (link) followed.push(link.getAttribute('href')?.split(':')[0] ?? '');
    };
    document.addEventListener('click', record);
    try {
      render(<SupportContactCard error={supportDisplay} support={SUPPORT} />);
      for (const name of [SUPPORT.email, /example\.com\/help/, SUPPORT.phone]) {
        screen.getByRole('link', { name }).focus();
        await userEvent.keyboard('{Enter}');
      }
      expect(followed).toEqual(['mailto', 'https', 'tel']);
    } finally {
      document.removeEventListener('click', record);
    }
  });
});

describe('SupportContactCard in Chromium — axe', () => {
  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    (['ltr', 'rtl'] as const).flatMap((dir) =>
      [
        ['with request id', supportDisplay],
        ['network (no request id)', networkDisplay],
      ].map(([name, display]) => [name, scheme, dir, display] as const),
    ),
  );

  it.each(cases)('%s — %s, %s: no violations', async (_name, scheme, dir, display) => {
    const { container } = render(
      <div dir={dir} lang="en">
        <SupportContactCard
          error={display}
          colorScheme={scheme}
          support={SUPPORT}
          occurredAt={Date.UTC(2026, 10, 28, 10, 32, 5)}
          showDeveloperDetails
        />
      </div>,
    );
    (container.querySelector('details') as HTMLDetailsElement).open = true;
    expect(await violations(container)).toEqual([]);
  });

  it('after a failed copy (status text shown, id selected) there are still no violations', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const { container } = render(
      <SupportContactCard error={supportDisplay} colorScheme="dark" support={SUPPORT} />,
    );
    await userEvent.click(screen.getByRole('button', { name: ui.supportCopy }));
    await waitFor(() => expect(copyStatus()).toHaveTextContent(ui.supportCopyFailed));
    expect(await violations(container)).toEqual([]);
  });
});
