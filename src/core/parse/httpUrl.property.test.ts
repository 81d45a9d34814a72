/**
 * Property-based proof that `httpUrl` is sound against the URL standard: whatever it accepts,
 * `new URL` parses as `http:`/`https:` with no username or password, and it returns the input
 * trimmed. And that it is useful: every ordinary web URL (`fc.webUrl()`) is accepted.
 */
import fc from 'fast-check';
import { httpUrl } from './httpUrl';

/** The cap on every string the kit keeps (MAX_STRING_LENGTH). */
const STRING_CAP = 2_000;
/** Generous: the runs take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 60_000;
let runs = 0;
let accepted = 0;
let failures = 0;

/** A plain check: `expect` costs too much across tens of thousands of runs. */
function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** True when the WHATWG URL parser reads `text` as an http(s) URL without credentials. */
function isCleanHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
    return isHttp && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Whatever `httpUrl` accepts is the trimmed input, capped, a clean http(s) URL, and stable. */
function assertSound(value: unknown): void {
  runs += 1;
  const result = httpUrl(value);
  if (result === null) return;
  accepted += 1;
  assert(typeof value === 'string' && result === value.trim(), `not the trimmed input: ${result}`);
  assert(result.length <= STRING_CAP, 'longer than the cap');
  assert(isCleanHttpUrl(result), `new URL refuses it or finds credentials: ${result}`);
  assert(httpUrl(result) === result, `not idempotent: ${result}`);
}

/** Runs a property, counting runs and failures for the summary line. */
function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void) {
  try {
    fc.assert(fc.property(arbitrary, predicate), { numRuns });
  } catch (error) {
    failures += 1;
    throw error;
  }
}

/** Characters and fragments that sit on the rule's edges, so random URLs hit them often. */
const EDGY = [
  ...'abcxyzABC019.-_:/?#@\\%[]!$&\'()*+,;=~^|<>"` \t\n\r',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ud800',
  'é',
  'а', // Cyrillic
  'xn--',
  '0x',
  '255',
  '256',
  '65535',
  '65536',
  '..',
];
const edgyText = fc.string({ unit: fc.constantFrom(...EDGY), maxLength: 40 });
const schemeLike = fc.constantFrom(
  'http://',
  'https://',
  'HTTPS://',
  'hTtP://',
  ' https://',
  'https:',
  'https:/',
  'https:\\\\',
  'https:///',
  '//',
  'javascript:',
  '',
);
const nearUrl = fc.tuple(schemeLike, edgyText, fc.string({ maxLength: 20 })).map((p) => p.join(''));
const anyWebUrl = fc.webUrl({
  validSchemes: ['http', 'https', 'HTTPS', 'ftp', 'javascript'],
  authoritySettings: {
    withIPv4: true,
    withIPv4Extended: true,
    withIPv6: true,
    withUserInfo: true,
    withPort: true,
  },
  withQueryParameters: true,
  withFragments: true,
});
const padded = fc
  .tuple(
    fc.constantFrom('', ' ', '\n', '\t', '\u00a0', '\u0000'),
    anyWebUrl,
    fc.constantFrom('', ' ', '\r\n'),
  )
  .map((p) => p.join(''));

afterAll(() => {
  console.log(`fast-check (httpUrl): ${runs} runs, ${accepted} accepted, ${failures} failures`);
});

describe('httpUrl accepts only what new URL reads as a clean http(s) URL', () => {
  it(
    'for arbitrary strings and values',
    () => {
      check(fc.oneof(fc.string({ unit: 'binary' }), fc.anything()), 5_000, assertSound);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'for strings built around the rule’s edges (schemes, hosts, ports, odd characters)',
    () => {
      check(nearUrl, 20_000, assertSound);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'for web URLs of any scheme, IPv4/IPv6 hosts, ports, user info, padding',
    () => {
      check(fc.oneof(anyWebUrl, padded), 10_000, assertSound);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('httpUrl accepts ordinary web URLs', () => {
  it(
    'every http(s) URL with a domain host, port, path, query and fragment (no user info)',
    () => {
      const ordinary = fc.webUrl({
        validSchemes: ['http', 'https'],
        authoritySettings: { withPort: true },
        withQueryParameters: true,
        withFragments: true,
      });
      check(ordinary, 5_000, (url) => {
        assertSound(url);
        assert(url.length > STRING_CAP || httpUrl(url) === url, `refused: ${url}`);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
