import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/env.js';
import { BUNDLED, SCREENSHOTS, WEB_FIXTURE, describeInChromium, screenshot } from './harness.js';
import { download, parseCsv, tableText } from './table-helpers.js';

const LITHIUM = 'Refined lithium: single-country dependency −30 to −50 % by 2029';
const CELLS = 'Battery cells: single-country dependency −30 to −50 % by 2029';

/** Counts the target-evaluation requests the page sends from now on. */
function countEvaluations(page: Page): () => number {
  let n = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query TargetEvaluations')) n++;
  });
  return () => n;
}

// tests/fixtures/web.json, EU, lithium REFINING, baseline 2024 → 2029: supply 16,000 t Li, China 12,000 (75 %);
// projects Bitterfeld UNDER_CONSTRUCTION 0.75 × 3,600 = 2,700 t and Guben PLANNED 0.25 × 4,800 = 1,200 t.
// Cells: non-dominant 320 GWh ≥ demand 253 GWh (the baseline total), so P is floored at 0.
describeInChromium('target tracker (issue 12) on the fixture', { dataset: WEB_FIXTURE }, (app) => {
  it('sliders that changed only the weight column: each weight says what it acts on, counts move, floors are explained', async () => {
    const { page, errors } = await app.open('/targets?scope=EU');
    const card = page.getByRole('article', { name: LITHIUM });
    const projects = card.getByRole('table', { name: `Projects of ${LITHIUM}` });
    await projects.waitFor();
    // The "Counts (weight × increase)" cell of Guben's row.
    const guben = async () =>
      (await tableText(page, `Projects of ${LITHIUM}`)).find((r) => r[0] === 'Guben lithium converter')?.[6];
    expect(await guben()).toBe('1,200');
    const planned = page.getByLabel('What the Planned weight acts on');
    // Guben and the planned Magdeburg recycler (recovered lithium counts as REFINING production, SPEC 4.7) are in
    // the pipeline of both lithium targets (the −30/−50 % and the CRMA 65 % one).
    expect(await planned.textContent()).toContain('4 projects in 2 targets');
    await planned.locator('summary').click();
    expect(await planned.textContent()).toContain(
      'Guben lithium converter: counts 1,200 t Li (capacity 4,800 t Li in 2029',
    );
    // No project in the fixture's pipelines is stopped: moving that weight changes nothing, and the page says so.
    expect(await page.getByLabel('What the Stopped weight acts on').textContent()).toBe(
      'No project in the targets shown is stopped: this weight changes nothing.',
    );
    // The cells target is floored at 0 % (320 ≥ 253 GWh): weights cannot move its share, and the card says why.
    const cells = page.getByRole('article', { name: CELLS });
    expect(await cells.getByRole('note', { name: 'Projected share floored' }).textContent()).toContain(
      'Non-dominant supply in 2029 (320 GWh) covers the whole demand (253 GWh)',
    );
    // PLANNED to 1.0: Guben counts 4,800 t and Magdeburg 500 t; P = (16,000 − 4,000 − 2,700 − 4,800 − 500) / 16,000 = 25.0 %.
    const slider = page.getByRole('slider', { name: 'Weight for Planned' });
    await slider.focus();
    for (let i = 0; i < 15; i++) await slider.press('ArrowRight');
    await expect.poll(guben).toBe('4,800');
    await expect.poll(() => card.textContent()).toContain('25.0 %');
    await screenshot(page, 'targets-weights');
    expect(errors).toEqual([]);
  });

  it('slider drags fire one request per drag, not one per step', async () => {
    const { page, errors } = await app.open('/targets?scope=EU');
    await page.getByRole('table', { name: 'Target tracker table' }).waitFor();
    const requests = countEvaluations(page);
    const card = page.getByRole('article', { name: LITHIUM });
    const bitterfeld = async () =>
      (await tableText(page, `Projects of ${LITHIUM}`)).find((r) => r[0] === 'Bitterfeld lithium hydroxide')?.[6];
    expect(await bitterfeld()).toBe('2,700');
    // A drag as the browser delivers it: 11 input events 16 ms apart (one per frame), from 0.75 down to 0.25,
    // sent inside the page so the machine's load cannot stretch the gaps between steps.
    await page.getByRole('slider', { name: 'Weight for Under construction' }).evaluate(async (element) => {
      const input = element as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (let i = 1; i <= 10; i++) {
        setValue.call(input, String(0.75 - i * 0.05));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    });
    // The slider's own figure follows every step at once …
    expect(await page.getByRole('region', { name: 'Status weights' }).textContent()).toContain('0.25');
    // … the URL and the evaluation once the drag has rested: Bitterfeld counts 0.25 × 3,600 = 900 t.
    await expect.poll(() => page.url()).toContain('w_UNDER_CONSTRUCTION=0.25');
    await expect.poll(bitterfeld).toBe('900');
    await page.waitForTimeout(1000);
    expect(requests()).toBe(1);
    expect(await card.textContent()).toContain('Under construction0.25');
    expect(errors).toEqual([]);
  });

  it('year selector: projected to 2028, nothing in the pipeline yet; baseline 2023 has no data but lists the projects', async () => {
    const { page, errors } = await app.open('/targets?scope=EU');
    const card = page.getByRole('article', { name: LITHIUM });
    await card.waitFor();
    await page.getByLabel('Projected to').selectOption('2028');
    await expect.poll(() => page.url()).toContain('year=2028');
    // Bitterfeld's and Guben's rows are for 2029: by 2028 no project adds; P = (16,000 − 4,000) / 16,000 = 75 %.
    await expect.poll(() => card.textContent()).toContain("projected to 2028 (the target's year is 2029)");
    expect(await card.getByRole('note', { name: 'No projects' }).textContent()).toContain('by 2028');
    expect(await card.textContent()).toContain('Off track');
    await page.getByLabel('Projected to').selectOption('');
    await page.getByLabel('Baseline year').selectOption('2023');
    await expect.poll(() => page.url()).toContain('baseline=2023');
    // No supply recorded for 2023: no baseline, no share, but the pipeline inside the EU is listed.
    await expect.poll(() => card.textContent()).toContain('No baseline: cannot be evaluated');
    const rows = await tableText(page, `Projects of ${LITHIUM}`);
    expect(rows.slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([
      ['Bitterfeld lithium hydroxide', '2,700', 'unknown: no baseline'],
      ['Guben lithium converter', '1,200', 'unknown: no baseline'],
      ['Magdeburg recycling plant', '125', 'unknown: no baseline'],
    ]);
    const table = await tableText(page, 'Target tracker table');
    const row = table.find((r) => r[0] === LITHIUM)!;
    const cells = (labels: string[]) => labels.map((l) => row[table[0]!.indexOf(l)]);
    // Figures of a target without a baseline are empty, never 0 %; the status says why, before them.
    expect(cells(['Baseline year', 'Projected to', 'Status'])).toEqual([
      '2023',
      '2029',
      'No baseline: cannot be evaluated',
    ]);
    expect(cells(['Dominant third country', 'Baseline share', 'Projected share', 'Reduction'])).toEqual([
      '–',
      '–',
      '–',
      '–',
    ]);
    expect(errors).toEqual([]);
  });

  it('the tracker table and the projects export as CSV equal to the screen', async () => {
    const { page, errors } = await app.open('/targets?scope=EU&w_PLANNED=0.5');
    await page.getByRole('table', { name: 'Target tracker table' }).waitFor();
    const screen = await tableText(page, 'Target tracker table');
    expect(screen.length).toBe(5); // header + 4 targets of the fixture
    const csv = await download(page, 'Export CSV');
    expect(csv.name).toBe('targets-eu.csv');
    expect(parseCsv(csv.bytes.toString('utf8'))).toEqual(screen);
    // Lithium with PLANNED 0.5: 4,000 + 2,700 + 2,400 + 250 (Magdeburg's recovered lithium) = 9,350;
    // P = 6,650 / 16,000 = 41.6 %; reduction 1 − 0.415625/0.75 = 44.6 %; gap to −50 % = 16,000·(1 − 0.375) − 9,350 = 650 t.
    const lithium = screen.find((r) => r[0] === LITHIUM)!;
    const labels = ['Baseline share', 'Projected share', 'Reduction', 'Status', 'Gap to −30 %', 'Gap to −50 %'];
    expect(labels.map((l) => lithium[screen[0]!.indexOf(l)])).toEqual([
      '75.0 %',
      '41.6 %',
      '44.6 %',
      'Met: −30 % or more',
      '0',
      '650',
    ]);
    const projects = parseCsv((await download(page, 'Export projects CSV')).bytes.toString('utf8'));
    const card = await tableText(page, `Projects of ${LITHIUM}`);
    const fromCsv = projects
      .filter((r) => r[0] === LITHIUM)
      .map((r) => [r[1], r[2], r[3], r[4], r[6], r[8], r[9], r[11]]);
    expect(fromCsv).toEqual(card.slice(1));
    expect(errors).toEqual([]);
  });
});

describeInChromium('target tracker (issue 12) on the bundled data', { dataset: BUNDLED }, (app) => {
  /** The API's answer to a query, as the page gets it. */
  const graphql = async (query: string): Promise<unknown> =>
    (
      await fetch(`${app.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json();

  it('sliders that looked broken: without a baseline the pipeline still shows, and a weight changes what it counts', async () => {
    const { page, errors } = await app.open('/targets');
    const name = 'tgt-bb-single-country-lithium-refining';
    const api = (await graphql(`
      {
        targetEvaluations {
          target {
            id
            name
          }
          status
          pipeline {
            facility {
              name
            }
            status
            adds
          }
        }
      }
    `)) as {
      data: {
        targetEvaluations: {
          target: { id: string; name: string | null };
          status: string;
          pipeline: { facility: { name: string }; status: string; adds: number }[];
        }[];
      };
    };
    const e = api.data.targetEvaluations.find((x) => x.target.id === name)!;
    // The bundled EU lithium imports are recorded for carbonate only: no baseline, but EU projects exist.
    expect(e.status).toBe('NO_BASELINE');
    const planned = e.pipeline.find((x) => x.status === 'PLANNED')!;
    expect(planned).toBeDefined();
    const card = page.getByRole('article', { name: e.target.name ?? e.target.id, exact: true });
    const row = () =>
      card
        .getByRole('table', { name: `Projects of ${e.target.name ?? e.target.id}` })
        .getByRole('row', { name: planned.facility.name })
        .textContent();
    await expect.poll(row).toContain('unknown: no baseline');
    // Every weight either names what it acts on or says it changes nothing.
    for (const status of ['Operating', 'Ramp up', 'Under construction', 'Planned', 'Paused', 'Stopped', 'Cancelled']) {
      const text = (await page.getByLabel(`What the ${status} weight acts on`).textContent()) ?? '';
      expect(text).toMatch(/\d+ projects? in \d+ targets?|this weight changes nothing/);
    }
    const before = await row();
    await page.goto(`${app.server.url}/targets?w_PLANNED=1`);
    // PLANNED 1.0 counts the whole increase: 4 × the 0.25 default.
    await expect.poll(row).not.toBe(before);
    await screenshot(page, 'bundled-targets-pipeline');
    expect(errors).toEqual([]);
  });

  it('a maximum-share target card showed the reduction and −30/−50 % gaps: it shows the share against 65 % and the gap to it in tonnes', async () => {
    const id = 'tgt-crma-max-single-country-manganese-extraction';
    const api = (await graphql(`
      {
        targetEvaluations(scope: "EU") {
          target {
            id
            name
            share
          }
          status
          dominant
          projectedShare
          demand
          nonDominant
          gapToMax
          cutToMax
          unit
        }
      }
    `)) as {
      data: {
        targetEvaluations: {
          target: { id: string; name: string | null; share: number };
          status: string;
          dominant: string;
          projectedShare: number;
          demand: number;
          nonDominant: number;
          gapToMax: number;
          cutToMax: number;
          unit: string;
        }[];
      };
    };
    const e = api.data.targetEvaluations.find((x) => x.target.id === id)!;
    // Bundled EU manganese EXTRACTION 2024 → 2030: South Africa 66.9 % of 492,778.9 t, no project, so P = B.
    expect(e.status).toBe('ABOVE_MAX');
    expect(e.dominant).toBe('ZA');
    expect(e.projectedShare).toBeCloseTo(0.6693, 4);
    // Others must add demand·(1 − 0.65) − non-dominant = 492,778.93·0.35 − 162,939.25 = 9,533.4 t (South Africa's
    // 329,839.7 t falls to 320,306.3 t = 65 % of the same demand); unreplaced, South Africa must fall by
    // 9,533.4 / 0.35 = 27,238.2 t: (329,839.7 − 27,238.2) / (492,778.9 − 27,238.2) = 0.65.
    expect(e.gapToMax).toBeCloseTo(e.demand * 0.35 - e.nonDominant, 6);
    expect(e.gapToMax).toBeCloseTo(9533.37, 1);
    expect(e.cutToMax).toBeCloseTo(27238.2, 0);
    const name = e.target.name ?? e.target.id;
    const { page, errors } = await app.open('/targets?scope=EU', 1440);
    const card = page.getByRole('article', { name, exact: true });
    await card.waitFor();
    // The country's name comes with the reference data, which can arrive after the card: wait for it.
    await expect.poll(() => card.textContent()).toContain('dominant third country: South Africa');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Above the maximum share');
    expect(text).toContain('66.9 %projected share');
    expect(text).toContain('65.0 %maximum');
    expect(text).toContain(`9,533 ${e.unit}gap to the maximum`);
    expect(await card.getByRole('note', { name: 'Gap to the maximum' }).textContent()).toBe(
      `To bring South Africa down to the 65 % maximum by 2030, supply from other countries must rise by 9,533 ${e.unit}, replacing as much of South Africa's at the same demand (492,779 ${e.unit}) — or South Africa's supply must fall by 27,238 ${e.unit} with nothing replacing it.`,
    );
    // The reduction target's figures are not on the card.
    expect(text).not.toMatch(/reduction|gap to −30 %|gap to −50 %/);
    const table = await tableText(page, 'Target tracker table');
    const header = table[0]!;
    const row = table.find((r) => r[0] === name)!;
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('Reduction')).toBe('–');
    expect(cell('Gap to −30 %')).toBe('–');
    expect(cell('Gap to −50 %')).toBe('–');
    expect(cell('Maximum')).toBe('65.0 %');
    expect(cell('Gap to the maximum (others add)')).toBe('9,533');
    expect(cell('Or the dominant country’s fall, unreplaced')).toBe('27,238');
    expect(cell('Minimum')).toBe('–');
    expect(cell('Unit')).toBe(e.unit);
    const csv = parseCsv((await download(page, 'Export CSV')).bytes.toString('utf8'));
    expect(csv).toEqual(table);
    await card.screenshot({ path: join(SCREENSHOTS, 'bundled-targets-max-share.png') });
    expect(errors).toEqual([]);
  });
});

// tests/fixtures/analytics/domestic-share.json (rec-targets' fixture; arithmetic in
// tests/unit/analytics/domestic-share.test.ts): EU lithium REFINING, domestic 150 t of 1,050 t consumption in
// 2024 (14.3 %), 370 t projected for 2030 (35.2 %) against the CRMA 40 %.
const DOMESTIC = join(REPO_ROOT, 'tests', 'fixtures', 'analytics', 'domestic-share.json');
describeInChromium('target tracker: targets on the scope’s own share', { dataset: DOMESTIC }, (app) => {
  it('a minimum domestic share does not read as a third country’s reduction: a minimum and points added', async () => {
    const { page, errors } = await app.open('/targets');
    const card = page.getByRole('article', { name: 'tgt-dom-li-refining', exact: true });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Below the minimum');
    expect(text).toContain('share of: produced in the scope');
    expect(text).toContain('14.3 %baseline share');
    expect(text).toContain('35.2 %projected share');
    expect(text).toContain('40.0 %minimum');
    expect(text).not.toContain('dominant third country');
    expect(text).not.toContain('gap to −30 %');
    const rows = await tableText(page, 'Projects of tgt-dom-li-refining');
    // ref-pl-planned raises the projected share by 120 / 1,050 = 11.4 points.
    expect(rows.find((r) => r[0] === 'ref-pl-planned')![7]).toBe('+11.4 pp');
    const table = await tableText(page, 'Target tracker table');
    const header = table[0]!;
    const row = table.find((r) => r[0] === 'tgt-dom-li-refining')!;
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('Dominant third country')).toBe('–');
    expect(cell('Reduction')).toBe('–');
    expect(cell('Gap to −30 %')).toBe('–');
    expect(cell('Minimum')).toBe('40.0 %');
    expect(cell('Share of')).toBe('produced in the scope');
    await card.screenshot({ path: join(SCREENSHOTS, 'targets-domestic-share.png') });
    expect(errors).toEqual([]);
  });
});
