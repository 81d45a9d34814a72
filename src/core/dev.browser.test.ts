import { describe, expect, it } from 'vitest';

describe('browser project', () => {
  it('runs in a real Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(typeof document.body.getBoundingClientRect().width).toBe('number');
  });
});
