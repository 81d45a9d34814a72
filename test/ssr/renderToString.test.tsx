// @vitest-environment node
/**
 * B-8.3 / C-6.5: `ErrorBanner` and `SupportContactCard` render with `react-dom/server` for every
 * Smartcar payload fixture, without a DOM, and the HTML is what the contracts promise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { ErrorBanner, SmartcarErrorProvider, SupportContactCard } from 'smartcar-error-kit';
import { payloadFixtures } from '../fixtures/smartcar';
import { ssrCases, ssrTree } from './ssrCases';

/** Every `href="…"` in an HTML string (React escapes `&` as `&amp;`). */
function hrefs(html: string): string[] {
  return Array.from(html.matchAll(/\shref="([^"]*)"/g), (match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

describe('server rendering without a DOM', () => {
  it('runs in Node with no document or window', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('covers every payload fixture', () => {
    expect(ssrCases.length).toBe(payloadFixtures.length);
    expect(ssrCases.length).toBeGreaterThanOrEqual(90);
  });

  it.each(ssrCases)('%s: banner and card render to HTML', (_name, input) => {
    const html = renderToString(ssrTree(input));
    expect(html).toContain('data-sek-component="banner"');
    expect(html).toContain('data-sek-component="support-card"');
    // A title and a message were rendered, as text.
    expect(html).toMatch(/data-sek-part="title"[^>]*>.+?<\/h2>/);
    expect(html).toMatch(/data-sek-part="message"[^>]*>(?:<span>)?[^<]+/);
    // No leaked placeholders or non-values (developer details show the raw body on purpose).
    const userFacing = html.replace(/<details[\s\S]*?<\/details>/g, '');
    expect(userFacing).not.toMatch(
      /undefined|\[object Object\]|NaN|&lt;app name&gt;|\{app\}|\{vehicle\}/,
    );
    // Live regions start empty (B-2.2, C-2.4).
    expect(html).toMatch(/<div role="alert"[^>]*><\/div>/);
    expect(html).toMatch(/<span role="status"[^>]*><\/span>|data-sek-part="no-request-id"/);
    // The time came from props and is written in UTC on the server (C-3.3).
    expect(html).toContain('dateTime="2026-11-28T10:32:05Z"');
    expect(html).toMatch(/UTC<\/time>/);
    // Only safe link schemes (B-8.2, C-6.4).
    for (const href of hrefs(html)) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
  });
});

describe('server rendering of hostile input (B-3.1, C-6.4)', () => {
  it('markup in the app name, vehicle name, override and body is escaped text; no unsafe href', () => {
    const img = '<img src=x onerror=alert(1)>';
    const html = renderToString(
      <SmartcarErrorProvider
        appName={img}
        support={{ email: 'a@b.co', url: 'javascript:alert(2)', phone: '+1 555 0100' }}
        messages={{
          VEHICLE_STATE: { title: '<script>alert(3)</script>', message: `${img} {app}` },
        }}
      >
        <ErrorBanner
          error={{
            type: 'VEHICLE_STATE',
            code: 'ASLEEP',
            docURL: 'javascript:alert(4)',
            requestId: img,
          }}
          vehicleName="<script>alert(5)</script>"
          showDeveloperDetails
        />
        <SupportContactCard
          error={{
            type: 'SERVER',
            code: 'INTERNAL',
            requestId: img,
            resolution: { type: 'REAUTHENTICATE', url: 'javascript:alert(6)' },
          }}
          showDeveloperDetails
        />
      </SmartcarErrorProvider>,
    );
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    for (const href of hrefs(html)) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
  });
});

describe('client boundaries (B-8.4, C-6.6)', () => {
  it.each([
    'src/react/banner/ErrorBanner.tsx',
    'src/react/support-card/SupportContactCard.tsx',
    'src/react/support-card/RequestIdField.tsx',
  ])('%s starts with the use client directive', (file) => {
    const source = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
