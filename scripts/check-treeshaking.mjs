/**
 * Tree-shaking proofs on the built package (run `npm run build` first):
 *   - `import { parseSmartcarError } from 'smartcar-error-kit/core'` carries none of the English
 *     wording;
 *   - `import { ErrorBanner, SupportContactCard, SmartcarErrorProvider } from 'smartcar-error-kit'`
 *     carries no Radix Toast;
 *   - importing `./core` or the main entry pulls no locale pack.
 * Each app-like import is bundled from dist/ with esbuild (minified, React external, as
 * size-limit does), and the bundle is searched for the forbidden text (read at run time from the
 * sources) and modules. Every proof also checks a control bundle that must contain what it
 * forbids, so no proof passes vacuously. Exits 1 when a proof fails, with what was found and
 * what it means. The same proofs run inside `npm run size` (the "proof: …" entries).
 *
 *   node scripts/check-treeshaking.mjs              run the proofs
 *   node scripts/check-treeshaking.mjs --self-test  bundle each proof's control instead and
 *                                                   expect every proof to fail (exit 0 if so)
 */
import { build } from 'esbuild';
import {
  describeFound,
  esbuildOptions,
  findForbidden,
  missingDist,
  proofs,
} from './treeshaking/proofs.mjs';

async function bundle(contents) {
  const result = await build(esbuildOptions(contents, { write: false, outdir: 'out' }));
  const code = result.outputFiles.map((file) => file.text).join('\n');
  return { code, metafile: result.metafile, bytes: code.length };
}

/** Checks one proof; returns `{ ok, message }`. */
async function check(proof, entry) {
  const control = await bundle(proof.control);
  const inControl = findForbidden(control.code, control.metafile, proof.forbidden);
  const missingInControl = proof.forbidden.strings.filter((s) => !inControl.strings.includes(s));
  if (proof.forbidden.strings.length === 0 || missingInControl.length > 0) {
    return {
      ok: false,
      message: `control bundle lacks ${missingInControl.length} of ${proof.forbidden.strings.length} forbidden strings (e.g. ${JSON.stringify(missingInControl[0] ?? '(none were found in the sources)')}): the proof would pass vacuously; fix the needle extraction in scripts/treeshaking/proofs.mjs`,
    };
  }
  if (proof.forbidden.inputs !== null && inControl.inputs.length === 0) {
    return {
      ok: false,
      message: `control bundle contains no module matching ${proof.forbidden.inputs}: the proof would pass vacuously`,
    };
  }
  const result = await bundle(entry);
  const found = findForbidden(result.code, result.metafile, proof.forbidden);
  if (found.strings.length > 0 || found.inputs.length > 0) {
    return {
      ok: false,
      message: `the bundle (${result.bytes} B minified) contains ${describeFound(found)}.\n    This means ${proof.why}.`,
    };
  }
  const what = [
    `${proof.forbidden.strings.length} forbidden strings`,
    proof.forbidden.inputs === null ? null : `modules matching ${proof.forbidden.inputs}`,
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    ok: true,
    message: `${result.bytes} B minified; none of the ${what} (all present in the control bundle)`,
  };
}

const selfTest = process.argv.includes('--self-test');
const missing = missingDist();
if (missing !== null) {
  console.error(`check-treeshaking: ${missing}`);
  process.exit(1);
}

/** `check`, with a bundling error reported as a failed proof rather than a stack trace. */
async function checkSafely(proof, entry) {
  try {
    return await check(proof, entry);
  } catch (error) {
    return {
      ok: false,
      message: `could not bundle: ${error instanceof Error ? error.message : error}`,
    };
  }
}

let failures = 0;
for (const proof of proofs()) {
  // In the self-test the proof's own entry is replaced by its control, which must fail it.
  const { ok, message } = await checkSafely(proof, selfTest ? proof.control : proof.entry);
  const expected = selfTest ? !ok : ok;
  if (!expected) failures += 1;
  const mark = ok ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${proof.name}\n    ${message}`);
}

if (selfTest) {
  if (failures > 0) {
    console.error(
      `\ncheck-treeshaking --self-test: ${failures} proof(s) did NOT fail on their control bundle.`,
    );
    process.exit(1);
  }
  console.log(
    '\ncheck-treeshaking --self-test: every proof fails when given the bundle it forbids.',
  );
} else if (failures > 0) {
  console.error(`\ncheck-treeshaking: ${failures} tree-shaking proof(s) failed.`);
  process.exit(1);
} else {
  console.log('\ncheck-treeshaking: every tree-shaking proof holds.');
}
