// `npm start`: on a fresh clone, install what Storybook needs (saying so), then Storybook (every
// error in every component) on port 6006, or the port `npm start -- --port <n>` names. Other
// arguments go to `storybook dev`.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ensureDependencies } from './ensure-dependencies.mjs';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 6006;

/**
 * The port and the arguments left for Storybook, from `npm start -- …`: `--port 6007`,
 * `--port=6007`, `-p 6007` or `-p=6007` (the last one wins); `{ error }` for a port that is not
 * an integer from 1 to 65535.
 */
export function parseStartArgs(argv) {
  let port = DEFAULT_PORT;
  const rest = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const match = /^(?:--port|-p)(?:=(.*))?$/.exec(arg);
    if (match === null) {
      rest.push(arg);
      continue;
    }
    const value = match[1] ?? argv[(i += 1)];
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      return { error: `--port needs a number from 1 to 65535 (got ${value ?? 'nothing'})` };
    }
    port = Number(value);
  }
  return { port, rest };
}

/**
 * Whether `port` can be listened on as Storybook listens (every interface, the default host):
 * resolves `null` when free, else the error code (`EADDRINUSE`, `EACCES`…).
 */
export function portProblem(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', (error) => done(error.code ?? 'error'));
    server.listen(port, () => server.close(() => done(null)));
  });
}

/** `node (pid 4242)` from `ss -Hltnp` output (`users:(("node",pid=4242,fd=21))`), else null. */
export function ownerFromSs(text) {
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(text);
  return match === null ? null : `${match[1]} (pid ${match[2]})`;
}

/** The `<title>` of an HTML page, else null. */
export function pageTitle(html) {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = match?.[1]?.trim();
  return title ? title : null;
}

/** What `npm start` prints when its port is taken; `owner` and `title` may be null. */
export function portTakenMessage({ port, code, owner, title }) {
  const what = code === 'EACCES' ? 'cannot be used (permission denied)' : 'is already in use';
  const by = [
    owner === null ? null : `by ${owner}`,
    title === null ? null : `serving a page titled "${title}"`,
  ].filter(Boolean);
  const lines = [
    `smartcar-error-kit: port ${port} ${what}${by.length > 0 ? `: ${by.join(', ')}` : ''}.`,
  ];
  if (title !== null && /storybook/i.test(title)) {
    lines.push(`  Storybook may already be running: open http://localhost:${port}`);
  }
  lines.push(
    `  Stop it, or choose another port: npm start -- --port ${port === 6007 ? 6008 : 6007}`,
  );
  return lines.join('\n');
}

/** Who listens on `port` (by `ss`, where it exists), and the title of the page it serves. */
async function describePort(port) {
  const ss = spawnSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const owner = ss.status === 0 ? ownerFromSs(ss.stdout) : null;
  let title = null;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      signal: AbortSignal.timeout(1500),
    });
    title = pageTitle(await response.text());
  } catch {
    // Not HTTP, or not answering: the owner (if known) is all we can say.
  }
  return { owner, title };
}

async function stopIfTaken(port) {
  const code = await portProblem(port);
  if (code === null) return;
  console.error(portTakenMessage({ port, code, ...(await describePort(port)) }));
  process.exit(1);
}

async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`smartcar-error-kit: ${args.error}`);
    process.exit(1);
  }
  // Before the install, so a taken port does not cost a minute first; again after it.
  await stopIfTaken(args.port);
  // Storybook's dependencies only: the React 18 install is for `npm test`.
  if (await ensureDependencies({ react18: false })) await stopIfTaken(args.port);
  console.log(
    `smartcar-error-kit: starting Storybook on http://localhost:${args.port} (Ctrl+C stops it)…`,
  );
  const storybook = resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js');
  // `--exact-port`: without a terminal Storybook would otherwise ask about another port, get no
  // answer and exit 0 having started nothing.
  const child = spawn(
    process.execPath,
    [storybook, 'dev', '-p', String(args.port), '--exact-port', ...args.rest],
    { cwd: root, stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
