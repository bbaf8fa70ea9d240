import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Response as PageResponse } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import { REPO_ROOT } from '../../api/src/env.js';
import { startServer, type RunningServer } from '../../api/src/server.js';

/** The dataset the browser tests run on: small, hand-made, every view has something to show. */
export const WEB_FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'web.json');
/** Where the browser tests save what they saw (ignored by git; copies of the good ones live in docs/). */
export const SCREENSHOTS = join(REPO_ROOT, 'tests', 'e2e', 'screenshots');

/** Chromium's launch flags for a headless run in a container (no sandbox user namespace, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's chromium (or CHROMIUM_PATH); undefined when neither is installed. */
export function findChromium(): string | undefined {
  const explicit = process.env['CHROMIUM_PATH'];
  if (explicit && existsSync(explicit)) return explicit;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export const IS_CI = process.env['CI'] === 'true' || process.env['CI'] === '1';

/** The message a run without Chromium prints (skip locally) or fails with (CI). */
export const NO_CHROMIUM =
  "Browser tests need Chromium: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH.";

/** Builds the web app into a fresh temporary folder (vite build, ~1 s) and returns the folder. */
export async function buildWeb(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'web-dist-'));
  const { build } = await import('vite');
  await build({
    root: join(REPO_ROOT, 'web'),
    configFile: join(REPO_ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** A scenario as createScenario takes it (ScenarioInput). */
export interface ScenarioInput {
  id: string;
  name: string;
  overrides: unknown[];
}

/** What a block of browser tests runs on. */
export interface AppSetup {
  /** The dataset file the API serves: {@link WEB_FIXTURE}, another fixture, or {@link BUNDLED} (the bundled data). */
  dataset: string | null;
  /** Enables the mutations with this token (edits stay in memory: no data dir). */
  editorToken?: string;
  /** Stored through createScenario (with `editorToken`) before the first test; each must store without errors. */
  scenarios?: ScenarioInput[];
}

/** The `dataset` of an {@link AppSetup} that serves the bundled data (what install-and-run shows). */
export const BUNDLED = null;

/** The window a page opens in: a width (× 900 px), or a size; `offline` aborts every request off this machine. */
export type View = number | { width?: number; height?: number; offline?: boolean };

export interface OpenPage {
  page: Page;
  /** Page errors and console errors, in the order they came. */
  errors: string[];
  /** With `offline`: the requests that left the machine (each aborted as if there were no internet). */
  outside: string[];
  /** The answer to the first navigation. */
  response: PageResponse | null;
}

/** The running app of a {@link describeInChromium} block; its members are there from the block's first test on. */
export interface App {
  readonly server: RunningServer;
  /**
   * A fresh browser context at 1280×800 (or the {@link View}) with `path` open; downloads accepted, page and
   * console errors collected in `errors`.
   */
  open(path: string, view?: View): Promise<OpenPage>;
}

/** How long `expect.poll` in a browser test waits for the page to show what it checks, ms. */
const POLL_TIMEOUT = 10_000;
let warned = false;

/**
 * A `describe` block of browser tests on one running app: before its first test it builds the web app, starts the
 * API on `setup.dataset` serving it, launches Chromium and stores `setup.scenarios`; after the last it closes them.
 * `expect.poll` waits up to {@link POLL_TIMEOUT} in it. Skipped (with a warning) without Chromium unless on CI.
 * `body` declares the tests and gets the app.
 * @example
 * describeInChromium('plant tracker', { dataset: BUNDLED }, (app) => {
 *   it('…', async () => {
 *     const { page, errors } = await app.open('/plants', 1440);
 *   });
 * });
 */
export function describeInChromium(title: string, setup: AppSetup, body: (app: App) => void): void {
  // Without Chromium the tests run only on CI, where startApp then fails with NO_CHROMIUM.
  const runs = findChromium() !== undefined || IS_CI;
  if (!runs && !warned) {
    warned = true;
    console.warn(`[e2e] skipped: ${NO_CHROMIUM}`);
  }
  describe.skipIf(!runs)(title, () => {
    let running: RunningApp | undefined;
    const started = (): RunningApp => {
      if (!running) throw new Error('The app starts in beforeAll: use it inside a test.');
      return running;
    };
    beforeAll(async () => {
      // A page fills in as its queries answer: on two busy cores a cold answer takes seconds, more than the 1 s
      // expect.poll waits by default (a check still fails, only later).
      vi.setConfig({ expect: { poll: { timeout: POLL_TIMEOUT } } });
      running = await startApp(setup.dataset, setup.editorToken);
      for (const scenario of setup.scenarios ?? []) await storeScenario(running.server, setup.editorToken, scenario);
    });
    afterAll(async () => {
      await running?.close();
    });
    body({
      get server() {
        return started().server;
      },
      open: (path, view) => started().open(path, view),
    });
  });
}

interface RunningApp extends App {
  close(): Promise<void>;
}

/** Builds the web app, starts the API on `datasetPath` (null = the bundled data) serving it, launches Chromium. */
async function startApp(datasetPath: string | null, editorToken: string | undefined): Promise<RunningApp> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const webDist = await buildWeb();
  const server = await startServer({
    port: 0,
    ...(datasetPath ? { datasetPath } : {}),
    webDist,
    ...(editorToken ? { editorToken } : {}),
  });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOTS, { recursive: true });
  const host = new URL(server.url).hostname;
  return {
    server,
    async open(path, view = {}) {
      const { width, height, offline = false } = typeof view === 'number' ? { width: view } : view;
      const viewport = { width: width ?? 1280, height: height ?? (width ? 900 : 800) };
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const outside: string[] = [];
      if (offline)
        await context.route('**/*', (route) => {
          const url = new URL(route.request().url());
          if (url.hostname === host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
          outside.push(url.href);
          return route.abort('internetdisconnected');
        });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const response = await page.goto(server.url + path);
      return { page, errors, outside, response };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Stores a scenario through the API's createScenario (editor token) and checks it was stored without errors. */
async function storeScenario(server: RunningServer, token: string | undefined, scenario: ScenarioInput) {
  if (!token) throw new Error(`Scenario ${scenario.id}: storing a scenario needs the setup's editorToken.`);
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($s: ScenarioInput!) { createScenario(scenario: $s) { ok errors { path message } } }`,
      variables: { s: scenario },
    }),
  });
  expect(await response.json()).toEqual({ data: { createScenario: { ok: true, errors: [] } } });
}

/** Saves a screenshot of the page as tests/e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Share of non-white pixels in the graph's canvas area (a blank graph is a failure even when selectors pass).
 * Read from a screenshot of the element, decoded in the page itself.
 */
export async function inkRatio(page: Page, selector: string): Promise<number> {
  const stats = await pixelStats(page, await page.locator(selector).screenshot());
  return stats.ink / (stats.width * stats.height);
}

/** What {@link pixelStats} counts in a PNG, over rows `top` (default 0) to `bottom` (default: the height). */
export interface PixelQuery {
  /** Count pixels within a small distance (Σ|Δ| < 24) of this colour, `#rrggbb`. */
  near?: string;
  top?: number;
  bottom?: number;
}

export interface PixelStats {
  width: number;
  height: number;
  /** Pixels near `near` (0 without it). */
  near: number;
  /** Dark pixels (every channel < 90): text and outlines. */
  dark: number;
  /** Pixels that are not white (some channel < 235). */
  ink: number;
  /** Share of the width between the leftmost and rightmost non-background pixel (any channel < 200). */
  inkWidth: number;
}

/** Decodes a PNG in the page and counts what a reader would see in it (colours, text, how wide the drawing is). */
export async function pixelStats(page: Page, png: Buffer, query: PixelQuery = {}): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, query }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const top = query.top ?? 0;
      const bottom = Math.min(query.bottom ?? image.height, image.height);
      const { data } = context.getImageData(0, top, image.width, bottom - top);
      const hex = query.near ?? '#000000';
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      let near = 0;
      let dark = 0;
      let ink = 0;
      let left = image.width;
      let right = -1;
      for (let i = 0; i < data.length; i += 4) {
        const [pr, pg, pb] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (query.near && Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) < 24) near++;
        if (pr < 90 && pg < 90 && pb < 90) dark++;
        if (pr < 235 || pg < 235 || pb < 235) ink++;
        if (pr < 200 || pg < 200 || pb < 200) {
          const x = (i / 4) % image.width;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
      return {
        width: image.width,
        height: image.height,
        near,
        dark,
        ink,
        inkWidth: right < left ? 0 : (right - left) / image.width,
      };
    },
    { base64: png.toString('base64'), query },
  );
}
