/** Prints rows (arrays of strings) under a header, first column left-aligned, others right. */
export function printTable(title, header, rows) {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i].length)),
  );
  const render = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(title);
  console.log(render(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(render(row));
}

/** A number with `digits` decimals, or 'n/a'. */
export function fixed(value, digits = 0) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** A settled time, ms: "> N s" for a run abandoned at the `capS` cap (median Infinity). */
export function settled(value, capS) {
  return value === Infinity ? `> ${capS} s` : fixed(value);
}

/** `a / b` as "0.05×", or 'n/a'. */
export function ratio(a, b, digits = 2) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(digits)}×` : 'n/a';
}

/** Bytes as KiB or MiB. */
export function size(bytes) {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) return 'n/a';
  const abs = Math.abs(bytes);
  if (abs >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
