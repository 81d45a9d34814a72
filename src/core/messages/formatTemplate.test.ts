import { formatTemplate } from 'smartcar-error-kit/core';

describe('formatTemplate', () => {
  it('fills {tokens}', () => {
    expect(
      formatTemplate('{vehicle} is asleep ({app})', { vehicle: 'Model 3', app: 'Voltly' }),
    ).toBe('Model 3 is asleep (Voltly)');
    expect(formatTemplate('Try again in {seconds} s', { seconds: 30 })).toBe('Try again in 30 s');
  });

  it('leaves out unknown or empty tokens cleanly, never "undefined"', () => {
    expect(formatTemplate('{year} {make} {model}', { make: 'Tesla' })).toBe('Tesla');
    expect(formatTemplate('{make} {model} ({year})', { make: 'Ford', model: null })).toBe('Ford');
    expect(formatTemplate('Code {code}, id {requestId}.', { code: 'X' })).toBe('Code X, id.');
    expect(formatTemplate('{missing}', {})).toBe('');
  });

  it('does not read a filled value as a template (hostile values stay text)', () => {
    expect(formatTemplate('{app}: {vehicle}', { app: '{vehicle}<b>', vehicle: 'x' })).toBe(
      '{vehicle}<b>: x',
    );
    expect(formatTemplate('{constructor}{__proto__}', {})).toBe('');
  });

  it('returns a template without tokens unchanged, and never throws', () => {
    const text = 'No  tokens , here';
    expect(formatTemplate(text, {})).toBe(text);
    const hostile = {
      get app(): string {
        throw new Error('boom');
      },
    };
    expect(formatTemplate('Hi {app}', hostile)).toBe('Hi');
    expect(formatTemplate(null as unknown as string, {})).toBe('');
  });
});
