/** Values for a template's `{token}`s; `null`, `undefined` and `''` leave the token out. */
export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

/** Splits a template into literal text (even indexes) and token names (odd indexes). */
const TOKEN = /\{(\w+)\}/;
/** Templates compiled so far; past this many, new ones are compiled each time. */
const MAX_COMPILED_TEMPLATES = 256;
const COMPILED = /* @__PURE__ */ new Map<string, readonly string[]>();

function compile(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(TOKEN);
    if (COMPILED.size < MAX_COMPILED_TEMPLATES) COMPILED.set(template, parts);
  }
  return parts;
}

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
  const parts = compile(template);
  let filled = parts[0] as string;
  let dropped = false;
  for (let index = 1; index < parts.length; index += 2) {
    const value = valueOf(values, parts[index] as string);
    if (value === '') dropped = true;
    filled += value + (parts[index + 1] as string);
  }
  if (!dropped) return filled;
  return filled
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ +([.,)\]])/g, '$1')
    .trim();
}
