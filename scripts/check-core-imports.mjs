// Fails when any module reachable from the framework-free entry (src/core/index.ts) imports
// React, ReactDOM, Radix or the React/theme layers. Follows the real import graph, so a React
// import hidden two files deep is caught, not only direct ones.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const FORBIDDEN = /^(react|react-dom|@radix-ui\/)(\/|$)/;
const IMPORT =
  /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[^'"()]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

export function findCoreViolations(entry = resolve(root, 'src/core/index.ts')) {
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
      if (FORBIDDEN.test(spec)) {
        violations.push(`${where} imports '${spec}'`);
      } else if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target === null) continue;
        const rel = relative(root, target);
        if (!rel.startsWith('src/core/'))
          violations.push(`${where} reaches outside src/core: '${spec}'`);
        stack.push(target);
      }
    }
  }
  return { files: seen.size, violations };
}

/** The built `dist/core.js` and the chunks it imports must not import React either. */
export function findBuiltCoreViolations(entry = resolve(root, 'dist/core.js')) {
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
      if (FORBIDDEN.test(spec)) violations.push(`${relative(root, file)} imports '${spec}'`);
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
}
