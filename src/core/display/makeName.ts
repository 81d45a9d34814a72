/**
 * Makes Smartcar supports (smartcar.com/docs/help/brand-subscriptions) whose name is not written
 * in plain title case, by the API's upper-case spelling with `-`, `_` and spaces removed.
 */
const MAKE_NAMES: Readonly<Record<string, string>> = {
  BMW: 'BMW',
  BYD: 'BYD',
  CITROEN: 'Citroën',
  CUPRA: 'CUPRA',
  DS: 'DS',
  GMC: 'GMC',
  MERCEDES: 'Mercedes-Benz',
  MERCEDESBENZ: 'Mercedes-Benz',
  MINI: 'MINI',
  RAM: 'RAM',
};

const SEPARATORS = /[-_\s]+/g;
const LOWER_CASE = /\p{Ll}/u;

/** `WORD` → `Word`, each part of `ROLLS-ROYCE` too. */
const titleCase = (word: string): string =>
  word
    .split('-')
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join('-');

/**
 * A vehicle make as people write it, whatever case the API sent: `TESLA` → `Tesla`,
 * `LAND_ROVER` → `Land Rover`, `MERCEDES-BENZ` → `Mercedes-Benz`, `BMW` stays `BMW`. A make
 * already written in mixed case (`Tesla`, `smart`) is kept as sent.
 */
export function makeName(make: string): string {
  const trimmed = make.trim();
  if (LOWER_CASE.test(trimmed)) return trimmed;
  const known = MAKE_NAMES[trimmed.toUpperCase().replace(SEPARATORS, '').replace('Ë', 'E')];
  return (
    known ??
    trimmed
      .split(/[_\s]+/)
      .map(titleCase)
      .join(' ')
  );
}
