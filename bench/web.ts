/**
 * `npm run bench:web`: render + layout time of the graph view in headless Chromium at 500, 2,000 and 5,000
 * elements (synthetic value-chain graphs), for the layered layout and fcose, with the canvas renderer and, where
 * the browser offers WebGL 2, cytoscape's WebGL renderer. Also the mean frame time while zooming.
 * Options: `--sizes=500,2000`; CHROMIUM_PATH to pick the browser.
 */
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { REPO_ROOT } from '../api/src/env.js';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from '../tests/e2e/harness.js';

interface BenchResult {
  elements: number;
  layout: string;
  webgl: boolean;
  buildMs: number;
  firstFrameMs: number;
  zoomFrameMs: number;
}

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const sizes = (sizesArg?.slice('--sizes='.length) ?? '500,2000,5000').split(',').map(Number);

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const outDir = await mkdtemp(join(tmpdir(), 'web-bench-'));
await build({
  root: join(REPO_ROOT, 'web'),
  configFile: join(REPO_ROOT, 'web', 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, rollupOptions: { input: join(REPO_ROOT, 'web', 'bench.html') } },
});
const serve = sirv(outDir);
const server = createServer((req, res) =>
  serve(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const hasWebGL2 = await page.evaluate(() => window.hasWebGL2);
  console.log(`${await browser.version()} headless (${executablePath}), viewport 1280×800, WebGL 2: ${hasWebGL2}`);
  console.log('elements  layout   renderer  build+layout ms  first frame ms  zoom frame ms');
  for (const size of sizes)
    for (const layout of ['layered', 'force'] as const)
      for (const webgl of hasWebGL2 ? [false, true] : [false]) {
        // One warm-up run so JIT and font caches do not count against the first size.
        if (size === sizes[0]) await page.evaluate(([l, w]) => window.runBench(200, l, w), [layout, webgl] as const);
        const r = (await page.evaluate(([n, l, w]) => window.runBench(n, l, w), [
          size,
          layout,
          webgl,
        ] as const)) as BenchResult;
        console.log(
          `${String(r.elements).padStart(8)}  ${r.layout.padEnd(7)}  ${(r.webgl ? 'webgl' : 'canvas').padEnd(8)}  ${r.buildMs
            .toFixed(0)
            .padStart(15)}  ${r.firstFrameMs.toFixed(0).padStart(14)}  ${r.zoomFrameMs.toFixed(1).padStart(13)}`,
        );
      }
} finally {
  await browser.close();
  server.close();
}

declare global {
  interface Window {
    runBench(elements: number, layout: 'layered' | 'force', webgl: boolean): Promise<unknown>;
    hasWebGL2: boolean;
  }
}
