// `npm run screenshots`: PNGs of the Catalogue, Theming and FleetIssueSummary stories (and the Getting started and
// Theming tokens docs pages) from the static Storybook, in light and dark, left to right and
// right to left, so a reviewer can look at them without starting a server. Serves
// storybook-static/ from 127.0.0.1 with node:http, opens each story's iframe in headless
// Chromium, and fails when a page logs a console error or throws.
//
//   npm run build-storybook && npm run screenshots            # everything
//   npm run screenshots -- server theming-looks               # only ids containing these words
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = resolve(root, 'storybook-static');
const outDir = resolve(root, 'screenshots');

/** Story titles (prefixes) that get screenshots. */
const TITLES = ['Catalogue/', 'Theming/', 'Components/FleetIssueSummary'];
/** Docs pages that get one screenshot each (light, left to right). */
const DOCS = [
  'docs-getting-started--docs',
  'docs-theming-tokens--docs',
  'docs-fleets-and-webhooks--docs',
];
/** Colour scheme × direction, as toolbar globals. */
const MODES = [
  { colorScheme: 'light', direction: 'ltr' },
  { colorScheme: 'dark', direction: 'ltr' },
  { colorScheme: 'light', direction: 'rtl' },
  { colorScheme: 'dark', direction: 'rtl' },
];
const VIEWPORT = { width: 1280, height: 900 };
/** Time for components that mount after hydration (the toasts) to appear, in ms. */
const HYDRATION_GRACE_MS = 300;
/** Longest a story may take to render its components, in ms. */
const RENDER_TIMEOUT_MS = 30_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Paths the server could not find (reported with the console errors they cause). */
const notFound = [];

/** A static file server for storybook-static/ on 127.0.0.1 (a random free port). */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
    if (path === '/favicon.ico' && !existsSync(file)) file = join(dir, 'favicon.svg');
    if (!existsSync(file)) {
      notFound.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

function storyIds(filters) {
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && TITLES.some((title) => entry.title.startsWith(title)),
  );
  const ids = [...stories.map((entry) => entry.id), ...DOCS];
  return filters.length === 0 ? ids : ids.filter((id) => filters.some((word) => id.includes(word)));
}

/** Waits until the story has rendered the kit and every animation has finished. */
async function settled(page, isDocs) {
  await page.waitForFunction(
    (docs) =>
      docs
        ? document.querySelector('#storybook-docs .sbdocs-content') !== null
        : document.querySelector(
            '#storybook-root [data-sek-component], #storybook-root [data-sek-toaster]',
          ) !== null,
    isDocs,
    { timeout: RENDER_TIMEOUT_MS },
  );
  // Toasts mount after hydration, a moment after the page's first render.
  await page.waitForTimeout(HYDRATION_GRACE_MS);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      document.getAnimations().map((animation) => animation.finished.catch(() => {})),
    );
  });
}

async function main() {
  if (!existsSync(join(staticDir, 'index.json'))) {
    console.error('screenshots: no storybook-static/ — run `npm run build-storybook` first.');
    process.exit(1);
  }
  const ids = storyIds(process.argv.slice(2));
  if (ids.length === 0) {
    console.error('screenshots: no story matches the given words.');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const server = await serve(staticDir);
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  const problems = [];
  const written = [];
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.push(`${current}: HTTP ${response.status()} ${response.url()}`);
    });

    for (const id of ids) {
      const isDocs = id.endsWith('--docs');
      for (const mode of isDocs ? MODES.slice(0, 1) : MODES) {
        const globals = `colorScheme:${mode.colorScheme};direction:${mode.direction}`;
        const viewMode = isDocs ? 'docs' : 'story';
        const url = `http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=${viewMode}&globals=${globals}`;
        current = `${id} (${mode.colorScheme}, ${mode.direction})`;
        await page.goto(url, { waitUntil: 'load' });
        try {
          await settled(page, isDocs);
        } catch (error) {
          problems.push(`${current}: did not render (${error.message.split('\n')[0]})`);
          continue;
        }
        const file = join(outDir, `${id}--${mode.colorScheme}-${mode.direction}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        console.log(file);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\nscreenshots: ${written.length} PNGs in ${outDir}`);
  if (notFound.length > 0)
    problems.push(`not found on the server: ${[...new Set(notFound)].join(', ')}`);
  if (problems.length > 0) {
    console.error(`screenshots: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
}

await main();
