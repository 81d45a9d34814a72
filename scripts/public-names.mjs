// `npm run report:names`: how many public names each package entry exports, values and types
// apart, read from the source entries with the TypeScript compiler API (no build needed). The
// closing note of a reshape quotes it before and after; `--json` prints the names themselves.
import { resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** Package entry → source file; the eight locale packs are counted as one row. */
const ENTRIES = {
  main: ['src/index.ts'],
  core: ['src/core/index.ts'],
  server: ['src/server/index.ts'],
  testing: ['src/testing/index.ts'],
  lenient: ['src/lenient/index.ts'],
  locales: ['fr', 'de', 'es', 'it', 'nl', 'sv', 'nb', 'ar'].map((l) => `src/locales/${l}.ts`),
};

const files = Object.values(ENTRIES)
  .flat()
  .map((f) => resolve(root, f));
const program = ts.createProgram(files, {
  allowJs: false,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
  strict: true,
  target: ts.ScriptTarget.ES2022,
});
const checker = program.getTypeChecker();

/** True when the export is written `export type { X }` / `export { type X }`. */
function typeOnly(symbol) {
  return (symbol.declarations ?? []).some(
    (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
  );
}

/** The names an entry exports: values (anything that exists at run time) and types. */
function namesOf(file) {
  const source = program.getSourceFile(resolve(root, file));
  if (!source) throw new Error(`${file}: not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const values = [];
  const types = [];
  for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const isValue = !typeOnly(symbol) && (target.flags & ts.SymbolFlags.Value) !== 0;
    (isValue ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

const report = {};
for (const [entry, entryFiles] of Object.entries(ENTRIES)) {
  const all = entryFiles.map(namesOf);
  report[entry] = {
    files: entryFiles.length,
    values: all.flatMap((n) => n.values),
    types: all.flatMap((n) => n.types),
  };
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${'entry'.padEnd(12)}values  types  total`);
  for (const [entry, { files: count, values, types }] of Object.entries(report)) {
    const label = count > 1 ? `${entry} (${count})` : entry;
    console.log(
      `${label.padEnd(12)}${String(values.length).padStart(6)}${String(types.length).padStart(7)}` +
        `${String(values.length + types.length).padStart(7)}`,
    );
  }
}
