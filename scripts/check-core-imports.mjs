// Fails when any module reachable from the framework-free entry (src/core/index.ts) imports
// React, ReactDOM, Radix or the React/theme layers. Follows the real import graph, so a React
// import hidden two files deep is caught, not only direct ones. Also checks the server entry
// (src/server/index.ts: only src/server and src/core, no React, no msw, no DOM globals) and
// that msw (the testing entry's optional peer) is reachable from no entry but ./testing.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const FORBIDDEN = /^(react|react-dom|@radix-ui\/|msw)(\/|$)/;
/** msw is the testing entry's optional peer: no other entry may import it. */
const MSW = /^msw(\/|$)/;
/** Browser-only globals the server entry must not touch (it runs in Node and edge runtimes). */
const DOM_GLOBALS =
  /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|customElements|requestAnimationFrame)\b/;
const IMPORT =
  /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[^'"()]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

const stripComments = (source) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

/**
 * Walks the source import graph from `entry`. `allowed`: folders the graph may reach (null: any);
 * `forbidden`: package specifiers it may not import; `noDom`: also refuse browser globals.
 */
export function findCoreViolations(
  entry = resolve(root, 'src/core/index.ts'),
  { allowed = ['src/core/'], forbidden = FORBIDDEN, noDom = false } = {},
) {
  const seen = new Set();
  const violations = [];
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      const where = relative(root, file);
      if (forbidden.test(spec)) {
        violations.push(`${where} imports '${spec}'`);
      } else if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target === null) continue;
        const rel = relative(root, target);
        if (allowed !== null && !allowed.some((dir) => rel.startsWith(dir)))
          violations.push(`${where} reaches outside ${allowed.join(' and ')}: '${spec}'`);
        stack.push(target);
      }
    }
    const dom = noDom ? DOM_GLOBALS.exec(stripComments(source)) : null;
    if (dom !== null)
      violations.push(`${relative(root, file)} uses the browser global '${dom[1]}'`);
  }
  return { files: seen.size, violations };
}

/** The built `dist/core.js` and the chunks it imports must not import React either. */
export function findBuiltCoreViolations(
  entry = resolve(root, 'dist/core.js'),
  forbidden = FORBIDDEN,
) {
  if (!existsSync(entry)) return [];
  const violations = [];
  const seen = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (forbidden.test(spec)) violations.push(`${relative(root, file)} imports '${spec}'`);
      else if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec));
    }
  }
  return violations;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = findCoreViolations();
  const { files } = result;
  const violations = [...result.violations, ...findBuiltCoreViolations()];
  if (violations.length > 0) {
    console.error(
      `check:core: smartcar-error-kit/core must stay framework-free:\n  ${violations.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`check:core: ${files} modules reachable from src/core/index.ts, none imports React.`);

  const server = findCoreViolations(resolve(root, 'src/server/index.ts'), {
    allowed: ['src/server/', 'src/core/'],
    noDom: true,
  });
  const main = findCoreViolations(resolve(root, 'src/index.ts'), { allowed: null, forbidden: MSW });
  const serverViolations = [
    ...server.violations,
    ...findBuiltCoreViolations(resolve(root, 'dist/server.js')),
    ...main.violations,
    ...findBuiltCoreViolations(resolve(root, 'dist/index.js'), MSW),
  ];
  try {
    // Types too: the graph compiles against ES2023 + WebWorker only (no DOM, no Node types).
    execFileSync(
      process.execPath,
      [
        resolve(root, 'node_modules/typescript/bin/tsc'),
        '-p',
        resolve(root, 'tsconfig.server.json'),
      ],
      { encoding: 'utf8' },
    );
  } catch (error) {
    serverViolations.push(
      `tsconfig.server.json (no DOM, no Node types) does not compile:\n${error.stdout ?? error.message}`,
    );
  }
  if (serverViolations.length > 0) {
    console.error(
      `check:core: the server entry must stay free of React, msw and the DOM, and only ./testing may import msw:\n  ${serverViolations.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(
    `check:core: ${server.files} modules reachable from src/server/index.ts: no React, msw or DOM globals, compiles without DOM or Node types; ${main.files} from src/index.ts: no msw.`,
  );
}
