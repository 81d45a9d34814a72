/**
 * Benchmark: the cost of `parseSmartcarError` on the documented payloads, as a ratio to
 * `JSON.parse` of the same bodies measured in the same run. Not a test: it asserts nothing about
 * time (this machine is shared and noisy); it prints what it measured.
 *
 *   node scripts/bench-parse.mjs
 *
 * It bundles `src/core/index.ts` the way a host app would get it (Vite library build, minified),
 * then, over several interleaved rounds, times each method on every JSON payload and reports
 * the median CPU ns per body. `benchParse()` returns the rows for `scripts/bench.mjs`, which passes
 * `extraMethods` (e.g. parse + `toErrorDisplay`) to time more work in the same interleaved rounds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAYLOAD_DIR = resolve(ROOT, 'src/testing/smartcar/payloads');
const OUT_DIR = resolve(ROOT, 'node_modules/.cache/sek-bench');
/** Measured rounds (after one warm-up round); medians are taken over these. */
const DEFAULT_ROUNDS = 15;
/** Passes over a payload group per method per round. */
const DEFAULT_PASSES = 400;
const MS_PER_SECOND = 1_000;
const NS_PER_MICROSECOND = 1_000;

/** Bundles `src/core/index.ts` (minified, production) and imports it. */
export async function bundleCore() {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      target: 'es2022',
      minify: true,
      emptyOutDir: true,
      outDir: OUT_DIR,
      write: true,
      lib: {
        entry: resolve(ROOT, 'src/core/index.ts'),
        formats: ['es'],
        fileName: () => 'core.js',
      },
    },
  });
  return import(pathToFileURL(resolve(OUT_DIR, 'core.js')).href);
}

/** The payload group a file belongs to (its wire shape). */
function groupOf(file) {
  if (file.startsWith('BATCH__')) return 'batch';
  if (file.startsWith('WEBHOOK__')) return 'webhook';
  if (file.startsWith('V3__')) return 'v3';
  if (/^[a-z]/.test(file)) return 'v1';
  return 'v2';
}

function loadPayloads() {
  const files = readdirSync(PAYLOAD_DIR)
    .filter((file) => file !== 'INDEX.json')
    .sort();
  const json = [];
  const other = [];
  for (const file of files) {
    const text = readFileSync(resolve(PAYLOAD_DIR, file), 'utf8');
    if (file.endsWith('.json'))
      json.push({ file, group: groupOf(file), text, value: JSON.parse(text) });
    else other.push({ file, text });
  }
  return { json, other };
}

let sink = 0;

/**
 * CPU ns per body for `run` over `inputs`, `passes` times. CPU time (this process, all threads:
 * GC included) rather than wall time, because the machine is shared: time spent waiting for a
 * core is not the parser's cost.
 */
function time(run, inputs, passes) {
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass += 1) {
    for (let i = 0; i < inputs.length; i += 1) {
      if (run(inputs[i]) !== undefined) sink += 1;
    }
  }
  const used = process.cpuUsage(start);
  return ((used.user + used.system) * NS_PER_MICROSECOND) / (passes * inputs.length);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs the benchmark and returns one row per payload group plus `all JSON`:
 * `{ group, bodies, avgBytes, jsonParseNs, parseStringNs, parseObjectNs, stringRatio, objectRatio,
 * extra }`, and a row for the non-JSON payloads (Connect query strings, `.asdocumented.txt`) with
 * no ratio. `extraMethods(core)` may return more methods (`(payload) => result`, where a payload is
 * `{ file, text, value }`, `value` absent for non-JSON text) timed in the same interleaved rounds;
 * each row's `extra[name]` is `{ ns, ratio }` (ratio to `JSON.parse`, null for non-JSON text).
 */
export async function benchParse({
  rounds = DEFAULT_ROUNDS,
  passes = DEFAULT_PASSES,
  extraMethods = () => ({}),
} = {}) {
  const core = await bundleCore();
  const { parseSmartcarError } = core;
  const extras = extraMethods(core);
  const { json, other } = loadPayloads();
  const groups = new Map([['all JSON', json]]);
  for (const payload of json) {
    if (!groups.has(payload.group)) groups.set(payload.group, []);
    groups.get(payload.group).push(payload);
  }
  const methods = {
    jsonParse: (payload) => JSON.parse(payload.text),
    parseString: (payload) => parseSmartcarError(payload.text),
    parseObject: (payload) => parseSmartcarError(payload.value),
    ...extras,
  };
  const rows = [];
  for (const [group, payloads] of groups) {
    const samples = Object.fromEntries(Object.keys(methods).map((name) => [name, []]));
    const order = Object.keys(methods);
    for (let round = 0; round <= rounds; round += 1) {
      // Rotate the order each round so no method always runs first (or after a GC).
      const rotated = order.map((_, i) => order[(i + round) % order.length]);
      for (const name of rotated) {
        const ns = time(methods[name], payloads, passes);
        if (round > 0) samples[name].push(ns); // round 0 warms up
      }
    }
    const jsonParseNs = median(samples.jsonParse);
    const parseStringNs = median(samples.parseString);
    const parseObjectNs = median(samples.parseObject);
    rows.push({
      group,
      bodies: payloads.length,
      avgBytes: Math.round(payloads.reduce((sum, p) => sum + p.text.length, 0) / payloads.length),
      jsonParseNs,
      parseStringNs,
      parseObjectNs,
      stringRatio: parseStringNs / jsonParseNs,
      objectRatio: parseObjectNs / jsonParseNs,
      extra: Object.fromEntries(
        Object.keys(extras).map((name) => {
          const ns = median(samples[name]);
          return [name, { ns, ratio: ns / jsonParseNs }];
        }),
      ),
    });
  }
  const otherMethods = { parseString: (payload) => parseSmartcarError(payload.text), ...extras };
  const otherSamples = Object.fromEntries(Object.keys(otherMethods).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round += 1) {
    for (const [name, run] of Object.entries(otherMethods)) {
      const ns = time(run, other, passes);
      if (round > 0) otherSamples[name].push(ns);
    }
  }
  rows.push({
    group: 'non-JSON text',
    bodies: other.length,
    avgBytes: Math.round(other.reduce((sum, p) => sum + p.text.length, 0) / other.length),
    jsonParseNs: null,
    parseStringNs: median(otherSamples.parseString),
    parseObjectNs: null,
    stringRatio: null,
    objectRatio: null,
    extra: Object.fromEntries(
      Object.keys(extras).map((name) => [name, { ns: median(otherSamples[name]), ratio: null }]),
    ),
  });
  return rows;
}

function format(ns) {
  return ns === null ? 'n/a' : ns.toFixed(0);
}

function ratio(value) {
  return value === null ? 'n/a' : `${value.toFixed(2)}×`;
}

/** Prints the rows as a table. */
export function printParseBench(rows) {
  const header = [
    'payloads',
    'bodies',
    'avg chars',
    'JSON.parse ns',
    'parse(text) ns',
    'ratio',
    'parse(object) ns',
    'ratio',
  ];
  const lines = rows.map((row) => [
    row.group,
    String(row.bodies),
    String(row.avgBytes),
    format(row.jsonParseNs),
    format(row.parseStringNs),
    ratio(row.stringRatio),
    format(row.parseObjectNs),
    ratio(row.objectRatio),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => line[i].length)),
  );
  const render = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  console.log(
    'parseSmartcarError vs JSON.parse (median CPU ns per body; ratio = parse / JSON.parse)',
  );
  console.log(render(header));
  for (const line of lines) console.log(render(line));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const started = Date.now();
  const rows = await benchParse();
  printParseBench(rows);
  const seconds = (Date.now() - started) / MS_PER_SECOND;
  console.log(
    `Measured in ${seconds.toFixed(1)} s (Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}).`,
  );
  if (sink === 0) console.log('warning: no result was produced');
}
