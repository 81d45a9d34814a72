/**
 * Hostile input (B-3.1, B-8.2, C-6.4): markup in the app name, the vehicle name, a message
 * override, the API's own message and the request id, and `javascript:` (and other) URLs as
 * `docURL`, `resolution.url`, message links, actions and the support URL — all must render as
 * inert text, and the only `href`s in the DOM may be http(s), mailto and tel.
 */
import { render } from '@testing-library/react';
import { ErrorBanner, SmartcarErrorProvider, SupportContactCard } from 'smartcar-error-kit';
import '../../theme/styles.css';
import { makeComponentDisplay } from '../../../test/fixtures/componentDisplays';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const JS_URL = 'javascript:alert(3)';

/** Elements the two components may render; anything else came from the input. */
const EXPECTED_TAGS = new Set([
  'DIV',
  'SECTION',
  'SPAN',
  'H2',
  'H3',
  'H4',
  'P',
  'A',
  'BUTTON',
  'UL',
  'LI',
  'DL',
  'DT',
  'DD',
  'CODE',
  'TIME',
  'DETAILS',
  'SUMMARY',
  'PRE',
  'BDI',
  // Line-break opportunities in addresses (BreakableText): an empty element, never from input.
  'WBR',
  'svg',
  'path',
]);

/** A v2 body as a hostile (or compromised) backend might forward it. */
const hostileBody = {
  type: 'CONNECTED_SERVICES_ACCOUNT',
  code: 'AUTHENTICATION_FAILED',
  description: `${IMG} ${SCRIPT}`,
  docURL: JS_URL,
  statusCode: 400,
  requestId: `<b>req</b>${IMG}`,
  resolution: { type: 'REAUTHENTICATE', url: 'javascript:alert(4)' },
  suggestedUserMessage: `${SCRIPT} Reconnect <app name> here: <link to Smartcar Connect>. ${IMG}`,
};

/** A hand-built display that skips the parser: every URL slot is hostile. */
const hostileDisplay = makeComponentDisplay({
  severity: 'critical',
  title: `${IMG} title`,
  message: [
    { kind: 'text', text: `${SCRIPT} ` },
    { kind: 'link', text: 'js', url: JS_URL },
    { kind: 'link', text: 'data', url: 'data:text/html,<script>alert(5)</script>' },
    { kind: 'link', text: 'vb', url: 'vbscript:msgbox(6)' },
    { kind: 'link', text: 'spaced', url: '  JavaScript:alert(7)' },
    { kind: 'link', text: 'tab', url: 'java\tscript:alert(8)' },
    { kind: 'link', text: 'relative', url: '//evil.example/x' },
    { kind: 'link', text: 'credentials', url: 'https://smartcar.com@evil.example/x' },
    { kind: 'link', text: 'no slashes', url: 'https:evil.example' },
    { kind: 'link', text: 'zero-width', url: 'https://smart\u200bcar.com/' },
    { kind: 'link', text: 'ok', url: 'https://example.com/fine' },
  ],
  actions: [
    { kind: 'reconnect', label: `${IMG} Reconnect`, url: JS_URL },
    { kind: 'open-url', label: 'Open', url: 'data:text/html,x' },
    { kind: 'billing', label: 'Billing', url: 'file:///etc/passwd' },
  ],
  docURL: JS_URL,
  requestId: SCRIPT,
});

const hostileSupport = {
  email: `help@example.com?body=${SCRIPT}`,
  url: 'javascript:alert(9)',
  phone: `${IMG} +1 555 0100`,
  hours: SCRIPT,
};

function inspect(container: HTMLElement) {
  const elements = Array.from(container.querySelectorAll('*'));
  return {
    unexpectedTags: elements
      .map((element) => element.tagName)
      .filter((tag) => !EXPECTED_TAGS.has(tag)),
    handlerAttributes: elements.flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    ),
    hrefs: elements
      .filter((element) => element.hasAttribute('href'))
      .map((element) => element.getAttribute('href') ?? ''),
    srcs: elements.filter((element) => element.hasAttribute('src')),
  };
}

describe('hostile input renders as inert text', () => {
  let alert: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
  });
  afterEach(() => alert.mockRestore());

  it('a hostile API body, app name, vehicle name and message override', async () => {
    const { container } = render(
      <SmartcarErrorProvider
        appName={IMG}
        support={hostileSupport}
        messages={{ 'VEHICLE_STATE.ASLEEP': { title: SCRIPT, message: `${IMG} {vehicle} {app}` } }}
      >
        <ErrorBanner
          error={hostileBody}
          vehicleName={SCRIPT}
          onDismiss={() => {}}
          showDeveloperDetails
        />
        <ErrorBanner
          error={{ type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409, docURL: JS_URL }}
          vehicleName={SCRIPT}
          showDeveloperDetails
        />
        <SupportContactCard error={hostileBody} occurredAt={0} showDeveloperDetails />
      </SmartcarErrorProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { unexpectedTags, handlerAttributes, hrefs, srcs } = inspect(container);
    expect(unexpectedTags).toEqual([]);
    expect(handlerAttributes).toEqual([]);
    expect(srcs).toEqual([]);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:)/);
    // The markup is there, as text the person can read (the override titled the second banner).
    const titles = container.querySelectorAll(
      '[data-sek-component="banner"] [data-sek-part="title"]',
    );
    expect(titles[1]).toHaveTextContent(SCRIPT);
    expect(container.textContent).toContain(IMG);
    expect(container.textContent).toContain(SCRIPT);
    expect(alert).not.toHaveBeenCalled();
  });

  it('a hand-built display with a hostile URL in every slot', async () => {
    const { container } = render(
      <>
        <ErrorBanner error={hostileDisplay} onDismiss={() => {}} showDeveloperDetails />
        <SupportContactCard error={hostileDisplay} support={hostileSupport} showDeveloperDetails />
      </>,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { unexpectedTags, handlerAttributes, hrefs } = inspect(container);
    expect(unexpectedTags).toEqual([]);
    expect(handlerAttributes).toEqual([]);
    // The one safe URL is the only link left.
    expect(hrefs).toEqual(['https://example.com/fine']);
    expect(container.textContent).toContain(`${IMG} title`);
    expect(alert).not.toHaveBeenCalled();
  });
});
