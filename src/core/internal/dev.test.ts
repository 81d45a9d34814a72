import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings, warnOnce } from './dev';

describe('warnOnce', () => {
  afterEach(() => {
    resetWarnings();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('warns once per key with the kit prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('a', 'first');
    warnOnce('a', 'again');
    warnOnce('b', 'other');
    expect(warn.mock.calls).toEqual([
      ['[smartcar-error-kit] first'],
      ['[smartcar-error-kit] other'],
    ]);
  });

  it('survives a console that throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(() => warnOnce('c', 'x')).not.toThrow();
  });

  it('prints nothing in production, even when a call site forgot its guard', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    warnOnce('d', 'unguarded');
    expect(warn).not.toHaveBeenCalled();
    // and production did not use up the key: development still says it once
    vi.stubEnv('NODE_ENV', 'development');
    warnOnce('d', 'guarded');
    expect(warn.mock.calls).toEqual([['[smartcar-error-kit] guarded']]);
  });
});

describe('development-only code in the sources', () => {
  // Bundlers replace only the literal `process.env.NODE_ENV`; a helper such as `isDevelopment()`
  // kept every warning and its text in production builds (issue 10). `npm run check:production`
  // proves the result on the built package; this keeps the sources honest file by file.
  const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it('guards every warnOnce call inline with process.env.NODE_ENV', () => {
    const unguarded: string[] = [];
    let calls = 0;
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('/core/internal/dev.ts')) continue;
      const lines = text.split('\n');
      lines.forEach((line, index) => {
        if (!/^\s*warnOnce\(/.test(line)) return;
        calls += 1;
        const previous = lines[index - 1] ?? '';
        if (!/^\s*if \(process\.env\.NODE_ENV !== 'production'( &&.*)?\) \{$/.test(previous)) {
          unguarded.push(`${file}:${index + 1}`);
        }
      });
    }
    expect(calls).toBeGreaterThan(5);
    expect(unguarded).toEqual([]);
  });

  it('has no runtime development check left', () => {
    for (const [file, text] of Object.entries(sources)) {
      // code only: dev.ts's doc comment says why there is no such helper
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/isDevelopment|typeof process/);
    }
  });
});
