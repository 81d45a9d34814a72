/**
 * What the server-rendering tests render: for every Smartcar payload fixture, an `ErrorBanner`
 * and a `SupportContactCard` with everything switched on (provider, support contact, dismiss,
 * developer details, a fixed time). Shared by the Node test and the hydration browser test so
 * both render exactly the same tree.
 */
import type { ReactElement } from 'react';
import { ErrorBanner, SmartcarErrorProvider, SupportContactCard } from 'smartcar-error-kit';
import { payloadFixtures, type PayloadFixture } from '../fixtures/smartcar';

/** A fixed failure time (2026-11-28T10:32:05Z): the card must not read the clock. */
export const OCCURRED_AT = Date.UTC(2026, 10, 28, 10, 32, 5);

const SUPPORT = {
  email: 'help@example.com',
  url: 'https://example.com/help',
  phone: '+1 555 0100',
  hours: 'Mon–Fri, 9:00–17:00 CET',
};

/** What a component receives for a fixture: the parsed JSON body, or the raw text. */
export function inputOf(fixture: PayloadFixture): unknown {
  return fixture.kind === 'json' ? fixture.json : fixture.text;
}

/** The banner and the card for one failure, inside a provider. */
export function ssrTree(input: unknown): ReactElement {
  return (
    <SmartcarErrorProvider appName="Fleet Manager" support={SUPPORT}>
      <ErrorBanner error={input} onDismiss={() => {}} showDeveloperDetails vehicleName="Model 3" />
      <SupportContactCard error={input} occurredAt={OCCURRED_AT} showDeveloperDetails />
    </SmartcarErrorProvider>
  );
}

/** Every payload fixture, as `[name, input]` rows for `it.each`. */
export const ssrCases: readonly (readonly [string, unknown])[] = payloadFixtures.map(
  (fixture) => [fixture.name, inputOf(fixture)] as const,
);
