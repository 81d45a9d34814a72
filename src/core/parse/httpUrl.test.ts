/**
 * Edge cases of the one http(s) URL rule shared by the parser, the display model and the
 * components. The property test (`httpUrl.property.test.ts`) proves soundness against `new URL`;
 * this table pins each decision.
 */
import { httpUrl } from './httpUrl';

/** The cap on every string the kit keeps (MAX_STRING_LENGTH). */
const STRING_CAP = 2_000;
const BASE = 'https://smartcar.com/';
/** A URL exactly `length` characters long. */
const urlOfLength = (length: number) => `${BASE}${'a'.repeat(length - BASE.length)}`;

describe('httpUrl keeps absolute http(s) URLs', () => {
  it.each([
    ['https', 'https://smartcar.com/docs/errors/api-errors#authentication-failed'],
    ['http with a port, query and fragment', 'http://localhost:3000/cb?x=1#y'],
    ['any case scheme', 'HTTPS://smartcar.com/docs'],
    ['mixed case scheme', 'hTtP://Example.COM'],
    ['no path', 'https://smartcar.com'],
    ['query straight after the host', 'https://smartcar.com?x=1'],
    ['fragment straight after the host', 'https://smartcar.com#top'],
    ['subdomains, hyphens and underscores', 'https://connect-eu.my_app.smartcar.com/x'],
    ['a dotted IPv4 address', 'http://192.168.0.1:8080/'],
    ['the highest port', 'https://smartcar.com:65535/'],
    ['`@` after the host (a path, not credentials)', 'https://smartcar.com/@evil.example'],
    ['a backslash in the path', 'https://smartcar.com/a\\b'],
    ['non-ASCII in the path', 'https://smartcar.com/café?q=日本'],
    ['percent-escapes', 'https://smartcar.com/a%20b?q=%E2%9C%93'],
    [
      'a redirect URL in the query',
      'https://connect.smartcar.com/oauth?redirect_uri=https://a.b/c',
    ],
  ])('%s: %j', (_name, url) => {
    expect(httpUrl(url)).toBe(url);
  });

  it.each([
    ['leading and trailing spaces', '  https://smartcar.com/docs  '],
    ['a trailing newline', 'https://smartcar.com/docs\n'],
    ['a leading tab', '\thttps://smartcar.com/docs'],
    ['NBSP and BOM around it (trim() removes them)', '\u00a0\ufeffhttps://smartcar.com/docs'],
  ])('trims %s', (_name, url) => {
    expect(httpUrl(url)).toBe('https://smartcar.com/docs');
  });

  it(`keeps ${STRING_CAP} characters and refuses ${STRING_CAP + 1}`, () => {
    expect(httpUrl(urlOfLength(STRING_CAP))).toHaveLength(STRING_CAP);
    expect(httpUrl(urlOfLength(STRING_CAP + 1))).toBeNull();
  });

  it('measures the cap after trimming', () => {
    expect(httpUrl(` ${urlOfLength(STRING_CAP)}\n`)).toHaveLength(STRING_CAP);
  });
});

describe('httpUrl refuses', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JAVASCRIPT: in capitals', 'JAVASCRIPT:alert(1)'],
    ['javascript: after spaces', '  javascript:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://smartcar.com/'],
    ['mailto:', 'mailto:a@b.c'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a relative path', '/docs/errors'],
    ['a bare relative path', 'docs/errors'],
    ['a host without a scheme', 'smartcar.com/docs'],
    ['a scheme without slashes', 'https:evil.example'],
    ['a scheme with one slash', 'https:/evil.example'],
    ['backslashes for slashes', 'https:\\\\evil.example'],
    ['three slashes', 'https:///evil.example'],
    ['a scheme and nothing else', 'https://'],
    ['an empty host before a path', 'https:///'],
    ['credentials', 'https://user:pw@smartcar.com/'],
    ['credentials that disguise the host', 'https://smartcar.com@evil.example'],
    ['an empty user info', 'https://@smartcar.com'],
    ['a backslash in the host part', 'https://evil.example\\@smartcar.com'],
    ['an internal space', 'https://smart car.com/'],
    ['a space in the path', 'https://smartcar.com/a b'],
    ['a tab', 'https://smartcar.com/\tx'],
    ['a newline', 'https://smartcar.com/\nx'],
    ['a carriage return', 'https://smartcar.com/\rx'],
    ['U+0000', 'https://smartcar.com/\u0000x'],
    ['DEL (U+007F)', 'https://smartcar.com/\u007fx'],
    ['a C1 control, NEL (U+0085)', 'https://smartcar.com/\u0085x'],
    ['a C1 control (U+009F)', 'https://smartcar.com/\u009fx'],
    ['an internal NBSP', 'https://smartcar.com/\u00a0x'],
    ['a line separator (U+2028)', 'https://smartcar.com/\u2028x'],
    ['an internal BOM (U+FEFF)', 'https://smartcar.com/\ufeffx'],
    ['a lone surrogate', 'https://smartcar.com/\ud800x'],
    ['a bidi override (U+202E)', 'https://smartcar.com/\u202ex'],
    ['a soft hyphen in the host (U+00AD)', 'https://smart\u00adcar.com'],
    ['a port over 65535', 'https://smartcar.com:65536/'],
    ['a non-numeric port', 'https://smartcar.com:https/'],
    ['an empty port', 'https://smartcar.com:/'],
    ['an IPv6 literal', 'http://[::1]:3000/'],
    ['an invalid IPv4 address', 'https://1.2.3.999/'],
    ['an IPv4 address with leading zeros (octal to the URL parser)', 'https://010.0.0.1/'],
    ['a host ending in a number', 'https://smartcar.1/'],
    ['a host ending in a hex number', 'https://smartcar.0x1f/'],
    ['an empty label', 'https://smartcar..com/'],
    ['a trailing dot', 'https://smartcar.com./'],
    ['a percent-escape in the host', 'https://smartcar%2ecom/'],
    ['a non-ASCII host (Cyrillic а, a homograph)', 'https://smartc\u0430r.com/'],
    ['an accented host', 'https://café.example/'],
    ['a punycode host', 'https://xn--caf-dma.example/'],
    ['an empty string', ''],
    ['only spaces', '   '],
  ])('%s: %j', (_name, url) => {
    expect(httpUrl(url)).toBeNull();
  });

  // U+200B and friends are not `\s` in JavaScript, but the URL parser silently drops them from a
  // host, so a link could read differently from where it goes: refused anywhere in the URL.
  it.each([
    ['zero-width space (U+200B) in the host', 'https://smart\u200bcar.com/'],
    ['zero-width space (U+200B) in the path', 'https://smartcar.com/\u200bdocs'],
    ['zero-width joiner (U+200D)', 'https://smartcar.com/a\u200db'],
    ['word joiner (U+2060)', 'https://smartcar.com/a\u2060b'],
    ['a trailing zero-width space (trim() keeps it)', 'https://smartcar.com/\u200b'],
  ])('invisible format characters: %s', (_name, url) => {
    expect(httpUrl(url)).toBeNull();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a boolean', true],
    ['an array holding a URL', ['https://smartcar.com']],
    ['an object whose toString is a URL', { toString: () => 'https://smartcar.com' }],
    ['a URL object', new URL('https://smartcar.com')],
    ['a String object', Object('https://smartcar.com') as unknown],
  ])('non-strings: %s', (_name, value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it('never calls a hostile toString', () => {
    const toString = vi.fn(() => 'https://smartcar.com');
    expect(httpUrl({ toString })).toBeNull();
    expect(toString).not.toHaveBeenCalled();
  });
});

describe('httpUrl is cheap on hostile input', () => {
  it('refuses a 1 MiB string by its length, before any pattern reads it', () => {
    const huge = `https://${'a'.repeat(1_048_576)}`;
    const test = vi.spyOn(RegExp.prototype, 'test');
    const search = vi.spyOn(String.prototype, 'search');
    try {
      expect(httpUrl(huge)).toBeNull();
      expect(test).not.toHaveBeenCalled();
      expect(search).not.toHaveBeenCalled();
    } finally {
      test.mockRestore();
      search.mockRestore();
    }
  });

  // No clock here (wall-clock times are noisy on this machine): the patterns' labels are split by
  // dots they cannot match, so they cannot backtrack; if one ever could, this host would take
  // minutes and trip the runner's timeout.
  it('refuses a long host with a bad ending', () => {
    const host = `${'a.'.repeat(990)}1`;
    expect(httpUrl(`https://${host}`)).toBeNull();
    expect(httpUrl(`https://${'a.'.repeat(990)}a`)).toBe(`https://${'a.'.repeat(990)}a`);
  });
});
