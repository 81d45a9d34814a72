/**
 * Makes Smartcar supports (smartcar.com/docs/help/brand-subscriptions) whose name is not written
 * in plain title case, by the API's upper-case spelling with `-`, `_` and spaces removed: those
 * written in capitals, and the others.
 */
const CAPITALS = /^(?:BMW|BYD|CUPRA|DS|GMC|MINI|RAM)$/;
const MAKE_NAMES: Readonly<Record<string, string>> = {
  CITROEN: 'Citroën',
  MERCEDES: 'Mercedes-Benz',
  MERCEDESBENZ: 'Mercedes-Benz',
};

const SEPARATORS = /[-_\s]+/g;
const LOWER_CASE = /\p{Ll}/u;

/**
 * A vehicle make as people write it, whatever case the API sent: `TESLA` → `Tesla`,
 * `LAND_ROVER` → `Land Rover`, `MERCEDES-BENZ` → `Mercedes-Benz`, `BMW` stays `BMW`. A make
 * already written in mixed case (`Tesla`, `smart`) is kept as sent.
 */
export function makeName(make: string): string {
  const trimmed = make.trim();
  if (LOWER_CASE.test(trimmed)) return trimmed;
  const key = trimmed.toUpperCase().replace(SEPARATORS, '').replace('Ë', 'E');
  if (CAPITALS.test(key)) return key;
  // Each word (`_` and spaces become one space) and each part of `ROLLS-ROYCE` in title case.
  return (
    MAKE_NAMES[key] ??
    trimmed
      .replace(/[_\s]+/g, ' ')
      .replace(/[^ -]+/g, (word) => word.charAt(0) + word.slice(1).toLowerCase())
  );
}
