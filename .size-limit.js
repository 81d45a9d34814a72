// size-limit reads this file; the entries (names, paths, budgets) are in size-limit.entries.json,
// which the benchmarks read too.
//
// Every esbuild-measured entry is written out in UTF-8, as the apps' bundlers write it (Vite,
// webpack's Terser, Next's SWC): esbuild alone escapes each non-ASCII character as `\uXXXX`,
// which would count an Arabic letter as six bytes instead of the two an app ships.
import entries from './size-limit.entries.json' with { type: 'json' };

const asAppsShip = (config) => ({ ...config, charset: 'utf8' });

export default entries.map((entry) =>
  entry.config === undefined ? { ...entry, modifyEsbuildConfig: asAppsShip } : entry,
);
