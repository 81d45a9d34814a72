// Fails when folders of src import each other in a cycle. A folder is the directory of a file;
// an edge A -> B means some non-test file in A imports (value or type) a file in B. Dependencies
// point one way: vocabulary lives low (core), generic parts in `internal/`, one-user parts beside
// their user. Also prints the lines of non-test source per folder, the figure the issues quote.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const TEST = /\.test\.tsx?$/;
const CODE = /\.tsx?$/;

const tracked = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && existsSync(resolve(root, file)) && !TEST.test(file));

function resolveLocal(fromFile, spec) {
  const base = resolve(root, dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  for (const candidate of candidates) {
    if (CODE.test(candidate) && existsSync(candidate)) return relative(root, candidate);
  }
  return null;
}

/** folder -> folder -> the `file -> file` imports behind that edge. */
const graph = new Map();
const lines = new Map();
for (const file of tracked) {
  const folder = dirname(file);
  const source = readFileSync(resolve(root, file), 'utf8');
  if (CODE.test(file) || file.endsWith('.css')) {
    const count = lines.get(folder) ?? { code: 0, css: 0, files: 0 };
    const n = source.endsWith('\n') ? source.split('\n').length - 1 : source.split('\n').length;
    if (file.endsWith('.css')) count.css += n;
    else count.code += n;
    count.files += 1;
    lines.set(folder, count);
  }
  if (!CODE.test(file)) continue;
  if (!graph.has(folder)) graph.set(folder, new Map());
  for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
    if (!spec.startsWith('.')) continue;
    const target = resolveLocal(file, spec);
    if (target === null) continue;
    const to = dirname(target);
    if (to === folder) continue;
    const edges = graph.get(folder);
    if (!edges.has(to)) edges.set(to, []);
    edges.get(to).push(`${file} -> ${target}`);
  }
}

/** Every elementary cycle, each reported once, starting from its smallest folder name. */
function findCycles() {
  const nodes = [...graph.keys()].sort();
  const cycles = [];
  for (const [startIndex, start] of nodes.entries()) {
    const path = [start];
    const onPath = new Set(path);
    const visit = (node) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next === start) cycles.push([...path]);
        else if (!onPath.has(next) && nodes.indexOf(next) > startIndex) {
          path.push(next);
          onPath.add(next);
          visit(next);
          onPath.delete(next);
          path.pop();
        }
      }
    };
    visit(start);
  }
  return cycles;
}

const folders = [...lines.keys()].sort();
const width = Math.max(...folders.map((folder) => folder.length));
console.log('Lines of non-test source per folder (lines / files, as `wc -l` counts):');
let total = 0;
for (const folder of folders) {
  const { code, css, files } = lines.get(folder);
  total += code + css;
  const cssNote = css > 0 ? ` (${css} of it CSS)` : '';
  console.log(`  ${folder.padEnd(width)}  ${String(code + css).padStart(5)} / ${files}${cssNote}`);
}
console.log(`  ${'total'.padEnd(width)}  ${String(total).padStart(5)}`);

const cycles = findCycles();
if (cycles.length === 0) {
  console.log('Folder cycles: none.');
} else {
  console.error(`Folder cycles: ${cycles.length}`);
  for (const cycle of cycles) {
    console.error(`  ${[...cycle, cycle[0]].join(' -> ')}`);
    for (const [index, from] of cycle.entries()) {
      const to = cycle[(index + 1) % cycle.length];
      for (const edge of graph.get(from).get(to)) console.error(`      ${edge}`);
    }
  }
  process.exitCode = 1;
}
