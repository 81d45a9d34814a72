// `npm run check:entry-types` (after `npm run build`): the published declarations of the two
// entries agree. A store made with `smartcar-error-kit/core` must type-check where the main entry
// takes one (`FleetIssueSummary`, `ErrorToaster issues`), and a `SmartcarError` from either entry
// is the other's: each entry's bundled .d.ts carries its own copy of the shared types, so a
// nominal member (a `#private` field, a `unique symbol` key) would make the copies incompatible.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'sek-entry-types-'));
const modules = join(root, 'node_modules');
writeFileSync(
  join(dir, 'app.tsx'),
  `import { createVehicleIssues, parseSmartcarError, type SmartcarError as CoreError } from 'smartcar-error-kit/core';
import { ErrorToaster, FleetIssueSummary, parseSmartcarError as parse, type SmartcarError } from 'smartcar-error-kit';
const issues = createVehicleIssues();
export const summary = <FleetIssueSummary issues={issues} />;
export const toaster = <ErrorToaster issues={issues} />;
const maybe: typeof issues | undefined = Math.random() > 0.5 ? issues : undefined;
export const optional = <ErrorToaster issues={maybe} />;
export const fromCore: SmartcarError = parseSmartcarError({});
export const fromMain: CoreError = parse({});
`,
);
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      jsx: 'react-jsx',
      module: 'esnext',
      moduleResolution: 'bundler',
      noEmit: true,
      types: [],
      paths: {
        'smartcar-error-kit': [join(root, 'dist/index.d.ts')],
        'smartcar-error-kit/core': [join(root, 'dist/core.d.ts')],
        react: [join(modules, '@types/react')],
        'react/jsx-runtime': [join(modules, '@types/react/jsx-runtime')],
      },
    },
    files: ['app.tsx'],
  }),
);
const run = spawnSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', dir], {
  encoding: 'utf8',
});
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('check:entry-types: the core and main entries declare incompatible types.');
  process.exit(1);
}
console.log('check:entry-types: a store and an error from ./core type-check in the main entry.');
