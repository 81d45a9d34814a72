import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings, warnOnce } from './dev';

describe('warnOnce', () => {
  afterEach(() => {
    resetWarnings();
    vi.restoreAllMocks();
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
});
