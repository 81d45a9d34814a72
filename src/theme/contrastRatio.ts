/** WCAG 2.2 minimum contrast for text (AA, 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;
/** WCAG 2.2 minimum contrast for icons, borders and focus indicators (AA, 1.4.11). */
export const MIN_NON_TEXT_CONTRAST = 3;

/** sRGB channel (0–255) → linear light, per the WCAG 2.x relative luminance formula. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** `#rgb` or `#rrggbb` → [r, g, b] (0–255), or null when it is not an opaque hex colour. */
export function parseHexColor(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (match === null || match[1] === undefined) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (0–1) of an opaque hex colour. */
export function relativeLuminance(hex: string): number {
  const rgb = parseHexColor(hex);
  if (rgb === null) throw new TypeError(`not an opaque hex colour: ${hex}`);
  const [r, g, b] = rgb;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio (1–21) between two opaque hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}
