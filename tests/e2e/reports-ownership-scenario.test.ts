import { readFile } from 'node:fs/promises';
import type { Download, Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot, type AppSetup } from './harness.js';
import { parseCsv, tableText } from './table-helpers.js';

const TOKEN = 'e2e-reports-editor-token-93d2';
const SCENARIO = 'scn-e2e-stop-arnstadt-add-plant';
const ADDED = 'hyp-e2e-cell-plant';

/** Clicks a download button inside `region` and returns the file's name and text. */
async function downloadIn(region: Locator, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    region.page().waitForEvent('download') as Promise<Download>,
    region.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

// Bundled data, with one scenario stored by the test: CATL Arnstadt (DE, operating) stopped, and a hypothetical
// 10 GWh cell plant planned in Germany (start 2026, 10 GWh from 2027). Q1 (German cell plants by status, 2026) then differs in two rows
// (Arnstadt stopped; the added plant) and the stored table has one row the scenario's has not (Arnstadt operating).
// The stored black-mass export ban changes nothing in Q28 (no black-mass flows are recorded), and no scenario
// changes who owns whom: the reports and the ownership chain took the scenario but showed one table as if it
// applied, with nothing saying whether the scenario changed it.
const SETUP: AppSetup = {
  dataset: BUNDLED,
  editorToken: TOKEN,
  scenarios: [
    {
      id: SCENARIO,
      name: 'Stop CATL Arnstadt, add a German cell plant (e2e)',
      overrides: [
        { facility: 'cell-catl-arnstadt', status: 'STOPPED' },
        {
          addFacility: {
            id: ADDED,
            name: 'Hypothetical cell plant (e2e)',
            type: 'CELL_PLANT',
            stage: 'CELL',
            country: 'DE',
            status: 'PLANNED',
            startYear: 2026,
            capacities: [{ material: 'cells', year: 2027, value: 10, unit: 'GWh' }],
          },
        },
      ],
    },
  ],
};
describeInChromium('reports and the ownership chain under a scenario (bundled data)', SETUP, (app) => {
  it('a report under a scenario showed one table with nothing saying what the scenario changed: stored and scenario tables, the changed rows marked', async () => {
    const { page, errors } = await app.open(`/reports?report=Q1&scenario=${SCENARIO}`, 1440);
    const scenario = page.getByRole('region', { name: 'Under the scenario' });
    const stored = page.getByRole('region', { name: 'Stored data' });
    await scenario.getByRole('table').waitFor();
    await expect
      .poll(() => page.getByRole('note', { name: 'What the scenario changes in this report' }).textContent())
      .toBe(
        "Scenario “Stop CATL Arnstadt, add a German cell plant (e2e)” changes this report: 2 of 21 rows under the scenario differ from the stored data, and 1 of 20 stored rows are not in the scenario's table; both tables are below, the rows that differ marked.",
      );
    const marked = (region: Locator) =>
      region
        .locator('tr.changed')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent)));
    expect((await marked(scenario)).sort()).toEqual([
      ['Planned', 'Hypothetical cell plant (e2e)'],
      ['Stopped', 'CATL Thuringia (CATT) battery plant Arnstadt, Erfurter Kreuz'],
    ]);
    expect(await marked(stored)).toEqual([
      ['Operating', 'CATL Thuringia (CATT) battery plant Arnstadt, Erfurter Kreuz'],
    ]);
    // Each table exports on its own, equal to its screen; the scenario's file says which scenario.
    const csv = await downloadIn(scenario, 'Export CSV');
    expect(csv.name).toBe(`q1-de-2026-${SCENARIO}.csv`);
    expect(parseCsv(csv.text)).toEqual(await tableText(page, 'Report Q1 under the scenario'));
    const storedCsv = await downloadIn(stored, 'Export CSV');
    expect(storedCsv.name).toBe('q1-de-2026.csv');
    expect(parseCsv(storedCsv.text)).toEqual(await tableText(page, 'Report Q1 on the stored data'));
    // The scenario bar says the view shows both.
    expect(await page.getByText('Baseline and scenario side by side.').count()).toBe(1);
    await scenario.locator('tr.changed').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'reports-scenario-q1-1440');
    expect(errors).toEqual([]);
  });

  it('a report the scenario cannot change says so instead of showing the stored table as the scenario’s', async () => {
    const { page, errors } = await app.open('/reports?report=Q28&scenario=scn-black-mass-export-ban', 1024);
    await page.getByRole('table', { name: 'Report Q28' }).waitFor();
    const note = page.getByRole('note', { name: 'What the scenario changes in this report' });
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^Scenario “Black-mass and waste Li-ion battery export ban[^”]*” does not change this report: every row is the same on the stored data and under the scenario/,
      );
    expect(await page.getByRole('region', { name: 'Stored data' }).count()).toBe(0);
    // The notes carry what the ban does here: nothing, its effect unknown.
    await expect
      .poll(() => page.getByRole('region', { name: 'Footnotes' }).textContent())
      .toContain('Black-mass export ban: changes nothing here');
    await screenshot(page, 'reports-scenario-q28-1024');
    expect(errors).toEqual([]);
  });

  it('the ownership chain under a scenario showed the stored chain with nothing said: it says the scenario does not change it, and an added plant exists only under it', async () => {
    const { page, errors } = await app.open(`/ownership?entity=cell-catl-arnstadt&scenario=${SCENARIO}`, 1440);
    const chain = page.getByRole('region', { name: 'Ownership chain' });
    await chain.getByRole('table', { name: 'Ultimate owners' }).waitFor();
    const note = chain.getByRole('note', { name: 'What the scenario changes in the ownership chain' });
    await expect
      .poll(() => note.textContent())
      .toContain('Scenario “Stop CATL Arnstadt, add a German cell plant (e2e)” does not change this view.');
    expect(await note.textContent()).toContain('none of which changes who owns whom');
    expect((await tableText(page, 'Ultimate owners')).slice(1)).toEqual([
      ['Contemporary Amperex Technology Co., Limited (CATL)', 'China', '100.0 %'],
    ]);
    // Capacity by investor region, stored beside the scenario: no imports of cells into the EU are recorded, so the
    // supply "with imports" is not a figure (it repeated production beside the badge "imports not recorded").
    const versus = await tableText(page, 'Baseline vs scenario, capacity by investor region');
    const withImports = versus.find((r) => r[0]!.startsWith('Supply into') && r[0]!.endsWith('with imports'))!;
    expect(withImports.slice(1, 3)).toEqual(['imports not recorded', 'imports not recorded']);
    await screenshot(page, 'ownership-scenario-1440');
    // The plant the scenario adds exists only under it: wholly unknown, said so.
    await page.goto(`${app.server.url}/ownership?entity=${ADDED}&scenario=${SCENARIO}`);
    await expect
      .poll(() => chain.getByRole('note', { name: 'What the scenario changes in the ownership chain' }).textContent())
      .toContain(`${ADDED} exists only under scenario “Stop CATL Arnstadt, add a German cell plant (e2e)”`);
    expect((await tableText(page, 'Ultimate owners')).slice(1)).toEqual([['Unknown (not recorded)', '', '100.0 %']]);
    await expect.poll(() => chain.getByLabel('Controlling owner').textContent()).toContain('Unknown');
    // Without a scenario there is nothing to say.
    await page.goto(`${app.server.url}/ownership?entity=cell-catl-arnstadt`);
    await chain.getByRole('table', { name: 'Ultimate owners' }).waitFor();
    expect(await chain.getByRole('note', { name: 'What the scenario changes in the ownership chain' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
