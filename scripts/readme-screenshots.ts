/**
 * Screenshots of the four views on the bundled dataset, for the README and docs/ (`npm run screenshots`).
 * Same Chromium and flags as the browser tests; writes docs/screenshot-<view>.png.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BUNDLED_DATASET, REPO_ROOT } from '../api/src/env.js';
import { startServer } from '../api/src/server.js';
import { CHROMIUM_ARGS, NO_CHROMIUM, buildWeb, findChromium } from '../tests/e2e/harness.js';

const SHOTS: { name: string; path: string; ready: string }[] = [
  {
    name: 'explorer',
    // German cell plants and the companies behind them, coloured by the country they stand in (colour by investor
    // region colours a plant by its location, not its owners, until the API gives each node its controller region).
    path: '/?ids=cell-catl-arnstadt,cell-powerco-salzgitter,cell-acc-kaiserslautern,cell-northvolt-drei-heide,cell-tesla-gruenheide&layout=force&sel=cell-acc-kaiserslautern',
    ready: '[data-testid="graph"]',
  },
  // EU 2024: statistics where there are some, "no data" and "imports not recorded" where there are none, and the
  // EU cell total as a plant-register estimate.
  { name: 'dependency', path: '/dependency?scope=EU&year=2024&cell=cells:CELL', ready: 'table' },
  { name: 'targets', path: '/targets', ready: 'article' },
  {
    name: 'ownership',
    // The same EU cell total for 2024 as the dependency dashboard, with the controller beside the effective split.
    path: '/ownership?stage=CELL&year=2024&scope=EU&entity=cell-acc-kaiserslautern',
    ready: 'table',
  },
];

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM);
const server = await startServer({ port: 0, datasetPath: BUNDLED_DATASET, webDist: await buildWeb() });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url + shot.path);
    await page.locator(shot.ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500); // layout animation
    const file = join(REPO_ROOT, 'docs', `screenshot-${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(`${shot.name}: ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
