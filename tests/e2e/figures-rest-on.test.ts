import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot } from './harness.js';
import { download, parseCsv } from './table-helpers.js';

/**
 * Issue 8, the web half, on the bundled data: the web says what a number rests on, never shows a gap as an
 * answer, and shows one EU cell total on the dependency dashboard, the ownership explorer and their CSV exports.
 * The bundled data changes as sources are added, so each figure on screen is checked against the API's own answer
 * for it (fetched in the test), and each test also asserts that there is something to check.
 */
describeInChromium('what a figure rests on, in Chromium on the bundled data', { dataset: BUNDLED }, (app) => {
  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }

  interface Cell {
    material: string;
    stage: string;
    dependency: {
      evidence: string;
      importsRecorded: boolean | null;
      thirdCountryKnown: boolean;
      total: number;
      producedInScope: number;
      topThirdCountry: { origin: string; share: number } | null;
    };
  }
  const matrix = (scope: string, year: number) =>
    api<{ dependencyMatrix: Cell[] }>(
      `query($scope: ID, $year: Int!) { dependencyMatrix(scope: $scope, year: $year, basis: LOCATION) {
         material stage dependency { evidence importsRecorded thirdCountryKnown total producedInScope
         topThirdCountry { origin share } } } }`,
      { scope, year },
    ).then((d) => d.dependencyMatrix);

  const locationCell = (page: Page, material: string, stage: string) =>
    page
      .getByRole('table', { name: 'Location matrix' })
      .getByRole('button', { name: new RegExp(`^${material}, ${stage}:`, 'i') });

  it('lithium refining 2024, global: no "100 % Germany"; a figure without statistics reads "no data", not 0 %', async () => {
    const [li] = (await matrix('GLOBAL', 2024)).filter((c) => c.material === 'lithium' && c.stage === 'REFINING');
    expect(li).toBeDefined();
    const { page, errors } = await app.open('/dependency?scope=GLOBAL&year=2024&cell=lithium:REFINING');
    const cell = locationCell(page, 'Lithium', 'Refining');
    await cell.waitFor();
    const label = (await cell.getAttribute('aria-label')) ?? '';
    expect(label).not.toMatch(/Germany 100/);
    expect(await cell.textContent()).not.toMatch(/100 %\s*Germany/);
    const detail = page.getByRole('region', { name: 'Cell detail' });
    const location = detail.getByRole('group', { name: 'Location basis' });
    if (li!.dependency.evidence === 'NONE') {
      // A GLOBAL share rests on statistics alone; there are none for refined lithium in the bundled data.
      expect(await cell.textContent()).toContain('no data');
      expect(await cell.getAttribute('class')).toContain('band-none');
      await expect.poll(() => location.textContent()).toContain('no data');
      expect(await location.textContent()).not.toMatch(/\b0(\.0)? %/);
      expect(await location.textContent()).not.toMatch(/Total 0\b/);
    } else {
      // Statistics have been loaded: the top country is the API's, and it is not a lone German plant.
      expect(li!.dependency.topThirdCountry?.origin).not.toBe('DE');
      expect(label).toContain(`${(li!.dependency.topThirdCountry!.share * 100).toFixed(1)} %`);
    }
    await screenshot(page, 'bundled-dependency-global');
    expect(errors).toEqual([]);
  });

  it('a CONTROL share resting on no recorded owner said "who owns the producers": it says it is counted where produced', async () => {
    // World lithium refining 2024 rests on country statistics; no facility explains them, so the CONTROL figure is
    // the LOCATION one (China 70.2 % by where it is refined, not by who owns the refiners).
    const { dependency: d } = await api<{
      dependency: {
        ownershipCoverage: number | null;
        topThirdCountry: { share: number } | null;
        assumptions: string[];
      };
    }>(
      `{ dependency(material: "lithium", stage: REFINING, year: 2024, scope: "GLOBAL", basis: CONTROL) {
         ownershipCoverage topThirdCountry { share } assumptions } }`,
    );
    expect(d.ownershipCoverage).toBe(0);
    expect(d.assumptions.some((a) => a.includes('this CONTROL figure is the LOCATION one'))).toBe(true);
    const { page, errors } = await app.open('/dependency?scope=GLOBAL&year=2024&cell=lithium:REFINING');
    const cell = page
      .getByRole('table', { name: 'Control matrix' })
      .getByRole('button', { name: /^Lithium, Refining:/ });
    await expect.poll(() => cell.textContent()).toContain('no owners recorded: counted where produced');
    const control = page.getByRole('region', { name: 'Cell detail' }).getByRole('group', { name: 'Control basis' });
    await expect.poll(() => control.textContent()).toContain('no owners recorded: counted where produced');
    // A CONTROL figure resting wholly on owners says nothing of it: EU cells, every plant's owners recorded.
    await page.goto(`${app.server.url}/dependency?scope=EU&year=2024`);
    const cells = page
      .getByRole('table', { name: 'Control matrix' })
      .getByRole('button', { name: /^Battery cells, Cell:/ });
    await expect.poll(() => cells.textContent()).toContain('plant-register estimate');
    expect(await cells.textContent()).not.toContain('owners recorded');
    await screenshot(page, 'bundled-control-owners');
    expect(errors).toEqual([]);
  });

  it('EU 2024: "no data" and "imports not recorded" exactly where the API says so, never a grey "in scope" or 0 %', async () => {
    const cells = await matrix('EU', 2024);
    const { page, errors } = await app.open('/dependency?scope=EU&year=2024');
    await page.getByRole('table', { name: 'Location matrix' }).waitFor();
    const materials = await api<{ materials: { id: string; name: string }[] }>('{ materials { id name } }');
    const stageName = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
    let noData = 0;
    let notRecorded = 0;
    for (const c of cells) {
      const name = materials.materials.find((m) => m.id === c.material)!.name;
      const text = (await locationCell(page, name, stageName(c.stage)).textContent()) ?? '';
      expect(text).not.toContain('in scope');
      if (c.dependency.evidence === 'NONE') {
        noData++;
        expect(text, `${c.material} ${c.stage}`).toContain('no data');
        expect(text).not.toMatch(/\d %/);
      } else if (!c.dependency.thirdCountryKnown) {
        notRecorded++;
        // no imports at all, or imports known to be incomplete (a gap marked `incomplete`, e.g. carbonate only)
        expect(text, `${c.material} ${c.stage}`).toContain(
          c.dependency.importsRecorded === false ? 'imports not recorded' : 'imports incomplete',
        );
        expect(text).toContain('third-country share unknown');
        // no share is shown as an answer (a MIXED cell may still say how much of its total is statistics)
        expect(text).not.toMatch(/\d %(?! statistics)/);
      }
    }
    expect(noData + notRecorded).toBeGreaterThan(0);
    // What the data lacks is listed on the page, per material and stage: every gap the API knows of.
    const { dataGaps } = await api<{ dataGaps: { id: string; title: string }[] }>('{ dataGaps { id title } }');
    const gaps = page.locator('details#gaps');
    if (dataGaps.length > 0) {
      await gaps.locator('summary').click();
      const list = gaps.getByRole('list', { name: 'What the data lacks' });
      expect(await list.getByRole('listitem').count()).toBe(dataGaps.length);
      expect(await list.textContent()).toContain(dataGaps[0]!.title);
      await gaps.evaluate((el) => ((el as HTMLDetailsElement).open = false));
    } else expect(await gaps.count()).toBe(0);
    await screenshot(page, 'bundled-dependency-eu');
    expect(errors).toEqual([]);
  });

  it('one EU cell total for 2024 on the dependency dashboard, the ownership explorer and both CSV exports', async () => {
    const figures = await api<{
      dependency: { producedInScope: number; unit: string; total: number };
      investorRegions: { total: number };
    }>(
      `{ dependency(material: "cells", stage: CELL, year: 2024, scope: "EU") { producedInScope unit total }
         investorRegions(stage: CELL, year: 2024, scope: "EU", material: "cells") { total } }`,
    );
    const total = figures.investorRegions.total;
    expect(total).toBeGreaterThan(0);
    expect(figures.dependency.producedInScope).toBeCloseTo(total, 6);
    const shown = `${total.toLocaleString('en-GB', { maximumFractionDigits: total >= 100 ? 0 : 1 })} GWh`;

    // Dependency dashboard: the cell detail and the matrix CSV.
    const dep = await app.open('/dependency?scope=EU&year=2024&cell=cells:CELL');
    const detail = dep.page.getByRole('region', { name: 'Cell detail' });
    await expect.poll(() => detail.textContent()).toContain(`produced in European Union ${shown}`);
    const matrixCsv = parseCsv((await download(dep.page, 'Export matrix CSV')).bytes.toString('utf8'));
    const header = matrixCsv[0]!;
    const row = matrixCsv.find((r) => r[0] === 'LOCATION' && r[1] === 'cells' && r[2] === 'CELL')!;
    expect(Number(row[header.indexOf('produced in scope')])).toBeCloseTo(total, 6);
    const cellCsv = parseCsv((await download(dep.page, 'Export CSV')).bytes.toString('utf8'));
    const produced = cellCsv.find((r) => r[0] === 'LOCATION' && r[1] === 'PRODUCED_IN_SCOPE')!;
    expect(Number(produced[3])).toBeCloseTo(total, 6);
    await screenshot(dep.page, 'bundled-dependency-eu-cells');

    // Ownership explorer: both views' totals and its CSV.
    const own = await app.open('/ownership?stage=CELL&year=2024&scope=EU&entity=cell-acc-kaiserslautern');
    const totals = own.page.getByLabel('Totals');
    await expect.poll(() => totals.textContent()).toContain(`Produced in European Union: ${shown}`);
    expect(await totals.textContent()).toContain(`by investor region: ${shown}`);
    const ownCsv = parseCsv((await download(own.page, 'Export CSV')).bytes.toString('utf8'));
    const totalRows = ownCsv.filter(
      (r) => r[1] === 'PRODUCED_IN_SCOPE' || (r[1] === 'TOTAL' && r[0]!.startsWith('control')),
    );
    expect(totalRows.map((r) => r[0])).toEqual(['location (country)', 'control (investor region)']);
    for (const r of totalRows) expect(Number(r[3])).toBeCloseTo(total, 6);
    const plantsCsv = parseCsv((await download(own.page, 'Export plants CSV')).bytes.toString('utf8'));
    const capacity = plantsCsv[0]!.findIndex((h) => h.startsWith('capacity'));
    expect(plantsCsv.slice(1).reduce((sum, r) => sum + Number(r[capacity]), 0)).toBeCloseTo(total, 6);
    await screenshot(own.page, 'bundled-ownership');
    expect([...dep.errors, ...own.errors]).toEqual([]);
  });

  it('the ownership explorer shows the controlling owner beside the effective split', async () => {
    const { ownership } = await api<{
      ownership: { controller: { name: string } | null; ultimateOwners: { owner: { name: string } }[] };
    }>('{ ownership(entity: "cell-acc-kaiserslautern") { controller { name } ultimateOwners { owner { name } } } }');
    const { page, errors } = await app.open('/ownership?entity=cell-acc-kaiserslautern');
    const chain = page.getByRole('region', { name: 'Ownership chain' });
    await expect
      .poll(() => chain.getByLabel('Controlling owner').textContent())
      .toContain(ownership.controller?.name ?? 'Unknown');
    expect(ownership.ultimateOwners.length).toBeGreaterThan(0);
    expect(await chain.getByRole('table', { name: 'Ultimate owners' }).textContent()).toContain(
      ownership.ultimateOwners[0]!.owner.name,
    );
    expect(errors).toEqual([]);
  });

  it('a target without a knowable baseline shows why, not 0 % or "nothing to reduce"', async () => {
    const { targetEvaluations } = await api<{
      targetEvaluations: { target: { id: string; name: string | null }; status: string; reason: string | null }[];
    }>('{ targetEvaluations { target { id name } status reason } }');
    const { page, errors } = await app.open('/targets');
    await page.getByRole('article').first().waitFor();
    expect(targetEvaluations.length).toBeGreaterThan(0);
    for (const e of targetEvaluations) {
      const card = page.getByRole('article', { name: e.target.name ?? e.target.id, exact: true });
      const text = (await card.textContent()) ?? '';
      expect(text).not.toContain('No third-country supply');
      if (e.status === 'NO_BASELINE') {
        expect(e.reason).toBeTruthy();
        expect(text).toContain('No baseline');
        expect(text).toContain(e.reason!);
        expect(text).not.toMatch(/\b0\.0 %/);
      } else {
        expect(text).toContain('baseline share');
      }
    }
    await screenshot(page, 'bundled-targets');
    expect(errors).toEqual([]);
  });
});
