/**
 * What a server component computes crosses to the client as a copy (issue 10): the banner and the
 * support card render a copied ErrorDisplay, and a SmartcarError's toJSON() form, exactly as they
 * render the originals, over every documented payload.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorBanner, SupportContactCard } from 'smartcar-error-kit';
import { parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit/core';
import { payloadFixtures } from '../../../test/fixtures/smartcar';

const options = { appName: 'Volt', locale: 'en', now: 1_700_000_000_000 } as const;

describe('components render copies of the display like the originals', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('banner and card: display, structuredClone(display), JSON(display), error.toJSON()', () => {
    let compared = 0;
    for (const fixture of payloadFixtures) {
      const error = parseSmartcarError(fixture.kind === 'json' ? fixture.json : fixture.text);
      const display = toErrorDisplay(error, options);
      const copies: unknown[] = [
        structuredClone(display),
        JSON.parse(JSON.stringify(display)),
        error.toJSON(),
      ];
      for (const render of [
        (input: unknown) => (
          <ErrorBanner error={input} {...options} onRetry={() => {}} showDeveloperDetails />
        ),
        (input: unknown) => <SupportContactCard error={input} {...options} showDeveloperDetails />,
      ]) {
        const original = renderToStaticMarkup(render(display));
        expect(original).toContain(`data-sek-component=`);
        for (const copy of copies) {
          expect(renderToStaticMarkup(render(copy)), fixture.name).toBe(original);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(payloadFixtures.length * 6);
  });
});
