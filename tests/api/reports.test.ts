import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../api/src/dataset/validate.js';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { loadDatasetFile } from '../../api/src/store/create-store.js';
import { apiOn } from './harness.js';

/**
 * A hand-made dataset for the report tables. Germany: one operating plant (10 GWh installed 2022, 20 GWh
 * announced for 2027), one under construction (16 GWh announced for 2027), one cancelled (8 GWh had been
 * announced for 2025), one operating without a published capacity; France: one operating plant (30 GWh).
 * Refined lithium into the EU in 2024: DE production 500 t + imports from China 1,500 t = 2,000 t.
 */
const FIXTURE = {
  version: 2,
  sources: [
    { id: 'src-a', title: 'Plant register', publisher: 'Tests', year: 2026 },
    { id: 'src-b', title: 'Battery Booster communication', publisher: 'European Commission', year: 2025 },
  ],
  regions: [
    { id: 'EU', name: 'European Union' },
    { id: 'CHINA', name: 'China' },
    { id: 'KOREA', name: 'Korea' },
  ],
  countries: [
    { id: 'DE', name: 'Germany', eu: true, oecd: true, regions: ['EU'] },
    { id: 'FR', name: 'France', eu: true, oecd: true, regions: ['EU'] },
    { id: 'CN', name: 'China', eu: false, oecd: false, regions: ['CHINA'] },
    { id: 'KR', name: 'Korea', eu: false, oecd: true, regions: ['KOREA'] },
  ],
  materials: [
    { id: 'lithium', name: 'Lithium', unit: 't Li' },
    { id: 'cells', name: 'Battery cells', unit: 'GWh' },
    { id: 'black-mass', name: 'Black mass', unit: 't' },
  ],
  companies: [
    { id: 'co-alpha', name: 'Alpha Cells', country: 'DE', sources: ['src-a'] },
    { id: 'co-jv', name: 'JV Cells', country: 'DE', sources: ['src-a'] },
    { id: 'co-beta', name: 'Beta Auto', country: 'DE', sources: ['src-a'] },
    { id: 'co-kor', name: 'Kor Energy', country: 'KR', sources: ['src-a'] },
    { id: 'co-dragon', name: 'Dragon Battery', country: 'CN', sources: ['src-a'] },
    { id: 'co-chem', name: 'Chem Lithium', country: 'DE', sources: ['src-a'] },
  ],
  facilities: [
    {
      id: 'cell-a',
      name: 'Alpha Augsburg',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'DE',
      status: 'OPERATING',
      statusDate: '2025-06',
      startYear: 2022,
      chemistry: 'NMC',
      processStep: 'cell, module',
      operator: 'co-alpha',
      sources: ['src-a'],
    },
    {
      id: 'cell-b',
      name: 'JV Bremen',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'DE',
      status: 'UNDER_CONSTRUCTION',
      statusDate: '2025-11-03',
      startYear: 2027,
      chemistry: 'LFP',
      processStep: 'cell',
      operator: 'co-jv',
      sources: ['src-a'],
      statusHistory: [
        { date: '2022-03', status: 'PLANNED', sources: ['src-a'] },
        { date: '2023-02-01', status: 'UNDER_CONSTRUCTION', sources: ['src-a'] },
        { date: '2024', status: 'PAUSED', reason: 'Weak EV demand', sources: ['src-a'] },
        { date: '2025-01-15', status: 'UNDER_CONSTRUCTION', reason: 'Works resumed', sources: ['src-a'] },
        {
          date: '2025-11-03',
          status: 'UNDER_CONSTRUCTION',
          reason: 'Start of production postponed from 2026 to 2027',
          sources: ['src-a'],
        },
      ],
    },
    {
      id: 'cell-c',
      name: 'Dragon Cottbus',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'DE',
      status: 'CANCELLED',
      statusDate: '2024-05-24',
      processStep: 'cell',
      operator: 'co-dragon',
      sources: ['src-a'],
      statusHistory: [
        { date: '2021', status: 'PLANNED', sources: ['src-a'] },
        { date: '2022-06', status: 'PAUSED', reason: 'Financing not closed', sources: ['src-a'] },
        { date: '2024-05-24', status: 'CANCELLED', reason: 'Investor withdrew', sources: ['src-b'] },
      ],
    },
    {
      id: 'cell-d',
      name: 'Alpha Dresden pilot line',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'DE',
      status: 'OPERATING',
      statusDate: '2024',
      processStep: 'cell (pilot line)',
      operator: 'co-alpha',
      sources: ['src-a'],
    },
    {
      id: 'cell-e',
      name: 'Kor Lyon',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'FR',
      status: 'OPERATING',
      startYear: 2021,
      operator: 'co-kor',
      sources: ['src-a'],
    },
    {
      id: 'rec-x',
      name: 'Recycling Xanten',
      type: 'RECYCLER',
      stage: 'RECYCLING',
      country: 'DE',
      status: 'PAUSED',
      statusDate: '2024-03',
      operator: 'co-chem',
      sources: ['src-a'],
    },
    {
      id: 'ref-chem',
      name: 'Chem Leipzig lithium hydroxide',
      type: 'REFINERY',
      stage: 'REFINING',
      country: 'DE',
      status: 'PLANNED',
      startYear: 2028,
      operator: 'co-chem',
      sources: ['src-a'],
    },
  ],
  capacities: [
    {
      facility: 'rec-x',
      material: 'black-mass',
      year: 2023,
      value: 5000,
      unit: 't',
      basis: 'INSTALLED',
      sources: ['src-a'],
    },
    {
      facility: 'cell-a',
      material: 'cells',
      year: 2022,
      value: 10,
      unit: 'GWh',
      basis: 'INSTALLED',
      sources: ['src-a'],
    },
    {
      facility: 'cell-a',
      material: 'cells',
      year: 2027,
      value: 20,
      unit: 'GWh',
      basis: 'ANNOUNCED',
      sources: ['src-a'],
    },
    {
      facility: 'cell-b',
      material: 'cells',
      year: 2027,
      value: 16,
      unit: 'GWh',
      basis: 'ANNOUNCED',
      sources: ['src-a'],
    },
    {
      facility: 'cell-c',
      material: 'cells',
      year: 2025,
      value: 8,
      unit: 'GWh',
      basis: 'ANNOUNCED',
      sources: ['src-a'],
    },
    {
      facility: 'cell-e',
      material: 'cells',
      year: 2021,
      value: 30,
      unit: 'GWh',
      basis: 'INSTALLED',
      sources: ['src-a'],
    },
    {
      facility: 'ref-chem',
      material: 'lithium',
      year: 2029,
      value: 400,
      unit: 't Li',
      basis: 'ANNOUNCED',
      sources: ['src-a'],
    },
  ],
  ownership: [
    { owner: 'co-alpha', owned: 'cell-a', share: 1, sources: ['src-a'] },
    { owner: 'co-kor', owned: 'cell-e', share: 0.8, sources: ['src-a'] },
    { owner: 'co-beta', owned: 'cell-e', share: 0.2, sources: ['src-a'] },
    { owner: 'co-beta', owned: 'co-jv', share: 0.6, sources: ['src-a'] },
    { owner: 'co-kor', owned: 'co-jv', share: 0.4, sources: ['src-a'] },
  ],
  production: [
    { country: 'DE', material: 'lithium', stage: 'REFINING', year: 2024, value: 500, unit: 't Li', sources: ['src-a'] },
  ],
  flows: [
    {
      from: 'CN',
      to: 'DE',
      material: 'lithium',
      stage: 'REFINING',
      year: 2024,
      value: 1500,
      unit: 't Li',
      sources: ['src-a'],
    },
  ],
  targets: [
    {
      id: 'tgt-bb-lithium',
      name: 'Battery Booster: refined lithium',
      kind: 'SINGLE_COUNTRY_REDUCTION',
      material: 'lithium',
      stage: 'REFINING',
      scope: 'EU',
      baselineYear: 2024,
      targetYear: 2029,
      reductionMin: 0.3,
      reductionMax: 0.5,
      sources: ['src-b'],
    },
    {
      id: 'tgt-recovery-lithium',
      kind: 'RECOVERY_RATE',
      material: 'lithium',
      stage: 'RECYCLING',
      scope: 'EU',
      targetYear: 2027,
      share: 0.5,
      sources: ['src-b'],
    },
    {
      id: 'tgt-min-lithium',
      kind: 'MIN_DOMESTIC_SHARE',
      material: 'lithium',
      stage: 'REFINING',
      scope: 'EU',
      targetYear: 2030,
      share: 0.4,
      sources: ['src-b'],
    },
  ],
  scenarios: [],
};

function fixture() {
  const result = validateDataset(FIXTURE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.dataset;
}

interface ReportResult {
  report: {
    id: string;
    title: string;
    scope: string | null;
    year: number | null;
    since: string | null;
    columns: { key: string; label: string; unit: string | null; type: string }[];
    rows: Record<string, unknown>[];
    footnotes: string[];
    sources: { id: string }[];
  };
}

const REPORT = `query ($id: ID!, $scope: ID, $year: Int, $since: String) {
  report(id: $id, scope: $scope, year: $year, since: $since) {
    id title scope year since columns { key label unit type } rows footnotes sources { id }
  }
}`;

async function report(dataset: Awaited<ReturnType<typeof fixture>>, variables: Record<string, unknown>) {
  const { query } = await apiOn(dataset);
  const res = await query<ReportResult>(REPORT, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.report;
}

describe('report(id) framework', () => {
  it('lists every report and rejects an unknown id with NOT_FOUND naming the ids', async () => {
    const { query } = await apiOn(fixture());
    const list = await query<{ reports: { id: string }[] }>('{ reports { id title question parameters } }');
    const ids = list.data!.reports.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['Q27', 'BATTERY_BOOSTER']));
    const res = await query(REPORT, { id: 'Q99' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('There is no report "Q99"');
    for (const id of ids) expect(res.errors?.[0]?.message).toContain(id);
  });

  it('rejects a malformed year or since with VALIDATION_FAILED, and an unknown scope with NOT_FOUND', async () => {
    const { query } = await apiOn(fixture());
    expect((await query(REPORT, { id: 'Q27', year: 3000 })).errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((await query(REPORT, { id: 'Q27', since: '1 Jan 2023' })).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    const unknown = await query(REPORT, { id: 'BATTERY_BOOSTER', scope: 'XX' });
    expect(unknown.errors).toBeUndefined(); // no targets of scope XX: an empty table that says so
  });
});

describe('Q27 and BATTERY_BOOSTER on the hand-made fixture', () => {
  // Baseline 2024: supply into the EU = DE 500 + CN→DE 1,500 = 2,000 t; China B = 1,500 / 2,000 = 0.75.
  // Project: Chem Leipzig, PLANNED (weight 0.25) × 400 t for 2029 = 100 t. Demand = baseline total 2,000.
  // Non-dominant = 2,000 − 1,500 + 100 = 600; P = (2,000 − 600) / 2,000 = 0.7; reduction = 1 − 0.7/0.75 = 1/15.
  // Gap to −30 %: 2,000·(1 − 0.7·0.75) − 600 = 350; to −50 %: 2,000·(1 − 0.5·0.75) − 600 = 650.
  // Contribution: P without it 0.75 − P with it 0.7 = 5.0 percentage points.
  it('BATTERY_BOOSTER: one row per single-country target with baseline, projection, gaps and projects', async () => {
    const r = await report(fixture(), { id: 'BATTERY_BOOSTER' });
    expect(r.scope).toBe('EU');
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0]!;
    expect(row).toMatchObject({
      material: 'Lithium',
      stage: 'Refining',
      baselineYear: 2024,
      dominant: 'China',
      baselineShare: 0.75,
      targetYear: 2029,
      status: 'Off track',
      reason: null,
      unit: 't Li',
      projects: 'Chem Leipzig lithium hydroxide (planned, DE): −5.0 pp',
    });
    expect(row['projectedShare']).toBeCloseTo(0.7, 9);
    expect(row['reduction']).toBeCloseTo(1 / 15, 9);
    expect(row['gapTo30']).toBeCloseTo(350, 9);
    expect(row['gapTo50']).toBeCloseTo(650, 9);
    expect(r.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
  });

  it('Q27: the reduction and the minimum domestic-share targets with their figures', async () => {
    const r = await report(fixture(), { id: 'Q27' });
    expect(r.rows.map((row) => [row['material'], row['stage'], row['target'], row['status']])).toEqual([
      ['Lithium', 'Refining', "cut the top third country's share by 30 %–50 % by 2029 (from 2024)", 'Off track'],
      ['Lithium', 'Refining', 'at least 40 % of EU consumption from EU capacity by 2030', 'Below the minimum share'],
    ]);
    expect(r.rows[0]).toMatchObject({ instrument: 'Battery Booster communication', dominant: 'China' });
    // Domestic share of EU consumption: DE production 500 / (500 + 1,500 imported) = 25 %; no third country.
    expect(r.rows[1]).toMatchObject({ baselineShare: 0.25, dominant: null, reduction: null });
    expect(r.footnotes.join(' ')).not.toContain('Minimum domestic-share targets');
    // What is still missing, in each kind's own figures: the reduction target's −30/−50 % gaps (350 and 650 t, above);
    // the domestic-share target's gap to its minimum: 40 % × consumption 2,000 − projected domestic supply
    // (DE 500 + Chem Leipzig 0.25 × 400 = 600) = 200 t. No −30/−50 % gaps on the minimum-share row.
    expect(r.rows.map((row) => row['missing'])).toEqual([
      '350 t Li more from other countries for −30 %, 650 t Li for −50 %',
      '200 t Li more to reach the 40 % minimum',
    ]);
  });

  it('Q27 for a scope without targets: no rows, and a footnote pointing at the EU targets', async () => {
    const r = await report(fixture(), { id: 'Q27', scope: 'DE' });
    expect(r.rows).toEqual([]);
    expect(r.footnotes[0]).toContain('No raw-material targets are recorded for scope DE');
  });
});

describe('Q2 on the hand-made fixture', () => {
  it('lists each change of plan since the date with its kind, status change and reason, oldest first', async () => {
    const r = await report(fixture(), { id: 'Q2' });
    expect(r.scope).toBe('DE');
    expect(r.since).toBe('2023-01-01');
    // JV Bremen: paused 2024 (weak demand), resumed 2025-01-15 (a restart: left out), postponed 2025-11-03.
    // Dragon Cottbus: paused 2022-06 (before the date: left out), cancelled 2024-05-24.
    // Recycling Xanten: no history, PAUSED since 2024-03 (from its current status, no reason).
    // Alpha Augsburg's 2023-02 step to construction is progress: left out.
    expect(
      r.rows.map((row) => [row['date'], row['project'], row['change'], row['statusChange'], row['reason']]),
    ).toEqual([
      ['2024', 'JV Bremen', 'paused', 'under construction → paused', 'Weak EV demand'],
      ['2024-03', 'Recycling Xanten', 'paused', '(not recorded) → paused', null],
      ['2024-05-24', 'Dragon Cottbus', 'abandoned', 'paused → cancelled', 'Investor withdrew'],
      [
        '2025-11-03',
        'JV Bremen',
        'postponed',
        'under construction → under construction',
        'Start of production postponed from 2026 to 2027',
      ],
    ]);
    expect(r.rows[0]).toMatchObject({
      country: 'Germany',
      stage: 'Cells',
      company: 'JV Cells (joint venture: Beta Auto 60 %, Kor Energy 40 %)',
      status: 'UNDER_CONSTRUCTION',
    });
    expect(r.rows[1]).toMatchObject({ stage: 'Recycling' });
    expect(r.footnotes.join(' ')).toContain('without a recorded status history');
    expect(r.sources.map((s) => s.id)).toEqual(['src-a', 'src-b']);
  });

  it('takes a later since date and a scope', async () => {
    const late = await report(fixture(), { id: 'Q2', since: '2025-01' });
    expect(late.rows.map((row) => row['project'])).toEqual(['JV Bremen']);
    const france = await report(fixture(), { id: 'Q2', scope: 'FR' });
    expect(france.rows).toEqual([]);
    expect(france.footnotes.join(' ')).toContain('No change of plan in scope FR');
  });
});

describe('Q1, Q23, Q28 and the plant tracker on the hand-made fixture (year 2026)', () => {
  const pick = (rows: Record<string, unknown>[], keys: string[]) =>
    rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])));

  it('Q1: German cell plants in the inquiry order; unknown capacity null with a footnote; a cancelled plan not counted', async () => {
    const r = await report(fixture(), { id: 'Q1', year: 2026 });
    expect(r.scope).toBe('DE');
    expect(r.columns.map((c) => c.key)).toEqual([
      'status',
      'site',
      'company',
      'chemistry',
      'processStep',
      'installed',
      'announced',
      'announcedFor',
      'startYear',
      'timeline',
      'statusDate',
    ]);
    expect(r.columns.find((c) => c.key === 'installed')).toMatchObject({ unit: 'GWh', type: 'NUMBER' });
    // Status in 2026 (SPEC 4.0): Augsburg and Dresden operating (no history); Bremen's last entry ≤ 2026 is
    // UNDER_CONSTRUCTION (2025-11-03); Cottbus CANCELLED since 2024-05-24.
    // Installed 2026 = latest INSTALLED row ≤ 2026; announced = the latest plan (an ANNOUNCED row after every built one).
    expect(pick(r.rows, ['status', 'site', 'company', 'installed', 'announced', 'announcedFor', 'statusDate'])).toEqual(
      [
        {
          status: 'OPERATING',
          site: 'Alpha Augsburg',
          company: 'Alpha Cells',
          installed: 10,
          announced: 20,
          announcedFor: 2027,
          statusDate: '2025-06',
        },
        {
          status: 'OPERATING',
          site: 'Alpha Dresden pilot line',
          company: 'Alpha Cells',
          installed: null,
          announced: null,
          announcedFor: null,
          statusDate: '2024',
        },
        {
          status: 'UNDER_CONSTRUCTION',
          site: 'JV Bremen',
          company: 'JV Cells (joint venture: Beta Auto 60 %, Kor Energy 40 %)',
          installed: null,
          announced: 16,
          announcedFor: 2027,
          statusDate: '2025-11-03',
        },
        {
          status: 'CANCELLED',
          site: 'Dragon Cottbus',
          company: 'Dragon Battery',
          installed: null,
          announced: null,
          announcedFor: null,
          statusDate: '2024-05-24',
        },
      ],
    );
    expect(r.rows[0]!['timeline']).toBe('start 2022; 10 GWh installed 2022; 20 GWh announced for 2027');
    const notes = r.footnotes.join(' ');
    expect(notes).toContain('No published capacity (shown empty, not 0): Alpha Dresden pilot line.');
    expect(notes).toContain('Dragon Cottbus (cancelled): 8 GWh had been announced for 2025');
  });

  it('Q1 in 2021: only what existed then, with its status then (Cottbus was still planned, 8 GWh announced)', async () => {
    const r = await report(fixture(), { id: 'Q1', year: 2021 });
    // Augsburg starts 2022 and Bremen's history starts 2022-03: not yet there. Dresden has neither: every year.
    expect(pick(r.rows, ['status', 'site', 'announced'])).toEqual([
      { status: 'OPERATING', site: 'Alpha Dresden pilot line', announced: null },
      { status: 'PLANNED', site: 'Dragon Cottbus', announced: 8 },
    ]);
    expect(r.footnotes.join(' ')).toContain(
      'Not yet recorded in 2021 (their history starts later): Alpha Augsburg; JV Bremen.',
    );
  });

  it('Q23: EU cell capacity by investor region, effective and controlled, with the sites', async () => {
    const r = await report(fixture(), { id: 'Q23', year: 2026 });
    // Supplying in 2026: Augsburg 10 GWh (Alpha Cells 100 %, EU) and Lyon 30 GWh (Kor Energy 80 % KR, Beta Auto 20 % DE).
    // Effective: Korea 0.8·30 = 24 (60 %), EU 10 + 0.2·30 = 16 (40 %). Controlled: Korea 30 (75 %), EU 10 (25 %).
    expect(r.rows).toEqual([
      {
        region: 'Korea',
        capacityEffective: 24,
        shareEffective: 0.6,
        capacityControlled: 30,
        shareControlled: 0.75,
        plantsControlled: 1,
        sites: 'Kor Lyon (France, 30 GWh, controller Kor Energy)',
        minorityStakes: null,
      },
      {
        region: 'European Union',
        capacityEffective: 16,
        shareEffective: 0.4,
        capacityControlled: 10,
        shareControlled: 0.25,
        plantsControlled: 1,
        sites: 'Alpha Augsburg (Germany, 10 GWh, controller Alpha Cells)',
        minorityStakes: 'Kor Lyon 20 %',
      },
    ]);
    expect(r.footnotes.join(' ')).toContain('Total: 40 GWh in 2 plants');
  });

  it('Q28: recyclers with capacity installed and in supply, the targets in words and what is missing', async () => {
    const r = await report(fixture(), { id: 'Q28', year: 2026 });
    // Recycling Xanten: 5,000 t installed 2023, PAUSED → nothing in supply in 2026.
    // Its black-mass row states no measure, so it reads as black mass produced (BLACK_MASS_OUTPUT).
    expect(
      pick(r.rows, [
        'site',
        'status',
        'black_mass_produced_installed',
        'black_mass_produced_supply',
        'black_mass_produced_announced',
      ]),
    ).toEqual([
      {
        site: 'Recycling Xanten',
        status: 'PAUSED',
        black_mass_produced_installed: 5000,
        black_mass_produced_supply: 0,
        black_mass_produced_announced: null,
      },
    ]);
    expect(r.columns.find((c) => c.key === 'black_mass_produced_installed')).toMatchObject({
      label: 'Black mass produced, installed 2026',
      unit: 't/yr',
    });
    const notes = r.footnotes.join(' ');
    expect(notes).toContain(
      'Target (EU): Material recovery from waste batteries (Batteries Regulation), by 2027: Lithium 50 %.',
    );
    expect(notes).toContain(
      'a recovery rate cannot be checked (no plant publishes the share of a metal it actually recovers',
    );
  });

  it('plantTracker: every facility with owners’ regions, controller and capacity in the year', async () => {
    const { query } = await apiOn(fixture());
    const res = await query<{ plantTracker: ReportResult['report'] }>(
      `{ plantTracker(year: 2026) { id scope year columns { key } rows footnotes sources { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.plantTracker;
    expect(t.scope).toBe('GLOBAL');
    expect(t.rows).toHaveLength(7);
    expect(t.rows.find((row) => row['id'] === 'cell-e')).toMatchObject({
      name: 'Kor Lyon',
      country: 'France',
      stage: 'Cell',
      type: 'Cell plant',
      status: 'OPERATING',
      ownerRegion: 'Korea 80 %, European Union 20 %',
      controller: 'Kor Energy',
      controllerRegion: 'Korea',
      unit: 'GWh',
      installed: 30,
      supply: 30,
      announced: null,
    });
    expect(t.rows.find((row) => row['id'] === 'cell-b')).toMatchObject({
      lastChange: '2025-11-03: Under construction',
      reason: 'Start of production postponed from 2026 to 2027',
      installed: null,
      supply: null,
      announced: 16,
    });
  });
});

describe('reports on the bundled data', () => {
  it('Q1 for Germany: CATL Arnstadt 8 GWh installed, the cancelled Farasis plant without capacity', async () => {
    const r = await report(await loadDatasetFile(BUNDLED_DATASET), { id: 'Q1', year: 2026 });
    const site = (text: string) => r.rows.find((row) => String(row['site']).includes(text));
    expect(site('Arnstadt')).toMatchObject({ status: 'OPERATING', installed: 8 });
    expect(site('Farasis')).toMatchObject({ status: 'CANCELLED', installed: null, announced: null });
    expect(r.rows.length).toBeGreaterThan(15);
    for (const row of r.rows) expect(row['installed']).not.toBe(0);
  });

  it('Q23 for the EU: the total equals investorRegions, Korea leads', async () => {
    const r = await report(await loadDatasetFile(BUNDLED_DATASET), { id: 'Q23', year: 2026 });
    expect(r.rows[0]!['region']).toBe('Republic of Korea');
    const total = r.rows.reduce((sum, row) => sum + Number(row['capacityEffective']), 0);
    const controlled = r.rows.reduce((sum, row) => sum + Number(row['capacityControlled']), 0);
    expect(total).toBeCloseTo(controlled, 9);
  });

  it('Q28 and the plant tracker answer on the bundled data', async () => {
    const data = await loadDatasetFile(BUNDLED_DATASET);
    const q28 = await report(data, { id: 'Q28', year: 2026 });
    expect(q28.rows.length).toBeGreaterThan(5);
    const { query } = await apiOn(data);
    const res = await query<{ plantTracker: { rows: unknown[] } }>('{ plantTracker(year: 2026) { rows } }');
    expect(res.data!.plantTracker.rows.length).toBe(data.facilities.length);
  });

  it('Q2 for Germany since 2023 names the cancelled, stopped and paused cell plants', async () => {
    const r = await report(await loadDatasetFile(BUNDLED_DATASET), { id: 'Q2' });
    const projects = r.rows.map((row) => String(row['project']));
    expect(projects.some((p) => p.includes('Kaiserslautern'))).toBe(true);
    expect(projects.some((p) => p.includes('Lauchhammer'))).toBe(true);
    for (const row of r.rows) expect(String(row['date']) >= '2023').toBe(true);
  });

  it('BATTERY_BOOSTER lists the five refined raw materials and never shows 0 % for an unknown baseline', async () => {
    const r = await report(await loadDatasetFile(BUNDLED_DATASET), { id: 'BATTERY_BOOSTER' });
    expect(r.rows.map((row) => row['material']).sort()).toEqual([
      'Cobalt',
      'Graphite',
      'Lithium',
      'Manganese',
      'Nickel',
    ]);
    for (const row of r.rows)
      if (row['status'] === 'No baseline') {
        expect(row['baselineShare']).toBeNull();
        expect(row['reason']).toBeTruthy();
      }
    expect(r.sources.length).toBeGreaterThan(0);
  });
});
