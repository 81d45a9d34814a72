// `npm start`: install on a fresh clone, then Storybook (every error in every component) on :6006.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureDependencies } from './ensure-dependencies.mjs';

const root = resolve(import.meta.dirname, '..');
ensureDependencies();
const storybook = resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js');
const run = spawnSync(
  process.execPath,
  [storybook, 'dev', '-p', '6006', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
