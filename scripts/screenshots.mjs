// `npm run screenshots`: PNGs of the Catalogue, Theming and FleetIssueSummary stories (and the
// Getting started, Theming tokens and Fleets and webhooks docs pages) from the static Storybook, in
// light and dark, left to right and right to left, so a reviewer can look at them without starting
// a server; the phone-width stories cropped to their phone frame; and, with --readme, the README's
// pictures. Serves storybook-static/ from 127.0.0.1 with node:http, opens each story's iframe in
// headless Chromium, and fails when a page logs a console error or throws.
//
//   npm run build-storybook && npm run screenshots            # everything but the README's
//   npm run screenshots -- server theming-looks               # only ids containing these words
//   npm run screenshots -- --readme                           # docs/images/*.png for the README
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';
import { toPalettePng } from './pngPalette.mjs';

const root = resolve(import.meta.dirname, '..');
const staticDir = resolve(root, 'storybook-static');
const outDir = resolve(root, 'screenshots');
const readmeDir = resolve(root, 'docs/images');

/** Story titles (prefixes) that get screenshots. */
const TITLES = ['Catalogue/', 'Theming/', 'Components/FleetIssueSummary'];
/** Stories drawn in a phone frame (stories/support/PhoneFrame.tsx): cropped to the frame. */
const PHONE_TITLE = 'Components/Phone widths';
/** Where a phone story's picture is cut: the frame, plus this margin for shadows, in CSS px. */
const CROP_MARGIN_PX = 8;

/**
 * The README's pictures (`--readme`): one story each, light, left to right, cropped to `crop`,
 * in a window `width` px wide, at device scale 1, as an indexed PNG (pngPalette.mjs) so each
 * file stays a few kB. To add a picture
 * (e.g. the fleet summary once `FleetIssueSummary` has a story), add an entry and reference
 * docs/images/<file> from README.md.
 */
const README_PICTURES = [
  {
    file: 'banner.png',
    story: 'components-errorbanner--reconnect-with-connect-link',
    crop: '[data-sek-component="banner"]',
    width: 640,
  },
  {
    file: 'toast.png',
    story: 'components-errortoaster--default',
    crop: '[data-sek-part="toast"]',
    width: 640,
  },
  {
    file: 'support-card.png',
    story: 'components-supportcontactcard--default',
    crop: '[data-sek-component="support-card"]',
    width: 560,
  },
  {
    file: 'fleet-summary.png',
    story: 'components-fleetissuesummary--several-groups',
    crop: '[data-sek-component="fleet"]',
    width: 640,
  },
];
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
    (entry) =>
      entry.type === 'story' &&
      (entry.title === PHONE_TITLE || TITLES.some((title) => entry.title.startsWith(title))),
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

/** The page's box around `selector`, grown by CROP_MARGIN_PX and kept inside the page. */
async function cropAround(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`nothing to crop: ${selector} is not on the page`);
  const x = Math.max(0, Math.floor(box.x - CROP_MARGIN_PX));
  const y = Math.max(0, Math.floor(box.y - CROP_MARGIN_PX));
  return {
    x,
    y,
    width: Math.ceil(box.x + box.width + CROP_MARGIN_PX) - x,
    height: Math.ceil(box.y + box.height + CROP_MARGIN_PX) - y,
  };
}

/** Reports problems and exits non-zero when there are any. */
function finish(problems, written, dir) {
  console.log(`\nscreenshots: ${written.length} PNGs in ${dir}`);
  if (notFound.length > 0)
    problems.push(`not found on the server: ${[...new Set(notFound)].join(', ')}`);
  if (problems.length > 0) {
    console.error(`screenshots: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
}

/** Opens a page that records console errors, page errors and failed requests in `problems`. */
async function openPage(browser, problems, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const state = { current: '' };
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`${state.current}: console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${state.current}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${state.current}: HTTP ${response.status()} ${response.url()}`);
  });
  return { page, state };
}

/** `--readme`: the README's pictures, into docs/images/. */
async function readmePictures(browser, port) {
  mkdirSync(readmeDir, { recursive: true });
  const problems = [];
  const written = [];
  for (const picture of README_PICTURES) {
    const { page, state } = await openPage(browser, problems, {
      width: picture.width,
      height: VIEWPORT.height,
    });
    state.current = picture.file;
    const globals = 'colorScheme:light;direction:ltr;locale:en';
    await page.goto(
      `http://127.0.0.1:${port}/iframe.html?id=${picture.story}&viewMode=story&globals=${globals}`,
      { waitUntil: 'load' },
    );
    try {
      await settled(page, false);
      const file = join(readmeDir, picture.file);
      const shot = await page.screenshot({ clip: await cropAround(page, picture.crop) });
      const small = toPalettePng(shot);
      writeFileSync(file, small);
      written.push(file);
      console.log(`${file} (${small.length} bytes; ${shot.length} before the palette)`);
    } catch (error) {
      problems.push(`${picture.file}: ${error.message.split('\n')[0]}`);
    }
    await page.context().close();
  }
  finish(problems, written, readmeDir);
}

async function main() {
  if (!existsSync(join(staticDir, 'index.json'))) {
    console.error('screenshots: no storybook-static/ — run `npm run build-storybook` first.');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  if (args.includes('--readme')) {
    const server = await serve(staticDir);
    const browser = await chromium.launch({
      executablePath: requireChromium(),
      args: CHROMIUM_ARGS,
    });
    try {
      await readmePictures(browser, server.address().port);
    } finally {
      await browser.close();
      server.close();
    }
    return;
  }
  const ids = storyIds(args);
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
    const { page, state } = await openPage(browser, problems, VIEWPORT);

    for (const id of ids) {
      const isDocs = id.endsWith('--docs');
      for (const mode of isDocs ? MODES.slice(0, 1) : MODES) {
        const globals = `colorScheme:${mode.colorScheme};direction:${mode.direction}`;
        const viewMode = isDocs ? 'docs' : 'story';
        const url = `http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=${viewMode}&globals=${globals}`;
        state.current = `${id} (${mode.colorScheme}, ${mode.direction})`;
        await page.goto(url, { waitUntil: 'load' });
        try {
          await settled(page, isDocs);
        } catch (error) {
          problems.push(`${state.current}: did not render (${error.message.split('\n')[0]})`);
          continue;
        }
        const file = join(outDir, `${id}--${mode.colorScheme}-${mode.direction}.png`);
        const phone = id.startsWith('components-phone-widths--');
        await page.screenshot(
          phone
            ? { path: file, clip: await cropAround(page, '[data-phone-frame]') }
            : { path: file, fullPage: true },
        );
        written.push(file);
        console.log(file);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  finish(problems, written, outDir);
}

await main();
