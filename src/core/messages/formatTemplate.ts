/** Values for a template's `{token}`s; `null`, `undefined` and `''` leave the token out. */
export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

const TOKEN = /\{(\w+)\}/g;

function valueOf(values: TemplateValues, name: string): string {
  try {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === null || value === undefined ? '' : String(value);
  } catch {
    return '';
  }
}

/**
 * Fills `{token}`s in one pass (a filled value is never read as a template, so a hostile value
 * stays text). A token without a value is left out cleanly: no `undefined`, no doubled spaces,
 * no space before punctuation, no empty brackets. Never throws.
 */
export function formatTemplate(template: string, values: TemplateValues): string {
  if (typeof template !== 'string') return '';
  if (!template.includes('{')) return template;
  let dropped = false;
  const filled = template.replace(TOKEN, (_match, name: string) => {
    const value = valueOf(values, name);
    if (value === '') dropped = true;
    return value;
  });
  if (!dropped) return filled;
  return filled
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([.,)\]])/g, '$1')
    .trim();
}
