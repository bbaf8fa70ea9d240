import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { UNATTRIBUTED_COUNTRY, type Dataset, type Stage } from '../../../api/src/dataset/types.js';
import { BUNDLED_DATASET } from '../../../api/src/env.js';
import { BACI_SOURCE_ID, TRADE_CODES } from '../../../seed/derive/baci.js';
import { IEA_SOURCE_ID } from '../../../seed/derive/iea.js';

const EU27 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const KEY_MATERIALS = ['lithium', 'nickel', 'cobalt', 'graphite', 'manganese'];
const EUROPE_REGIONS = ['EU', 'OTHER-EUROPE'];

const GAPS_FILE = fileURLToPath(new URL('../../../seed/GAPS.md', import.meta.url));

let data: Dataset;

beforeAll(async () => {
  const source = await readDatasetPath(BUNDLED_DATASET);
  const result = validateDataset(source.document);
  if (!result.ok)
    throw new Error(
      `the bundled dataset is invalid:\n${result.errors
        .slice(0, 30)
        .map((e) => `  ${source.locate(e.path)}: ${e.message} (${e.value})`)
        .join('\n')}`,
    );
  data = result.dataset;
});

describe('the bundled dataset', () => {
  it('validates: every reference resolves, ids are unique, owner shares sum to at most 1', () => {
    expect(data.facilities.length).toBeGreaterThan(0);
  });

  it('cites a source with publisher, title and year for every source, and a URL or a note saying why not', () => {
    for (const s of data.sources) {
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.publisher.trim(), s.id).not.toBe('');
      expect(s.url ?? s.notes, `${s.id} has neither url nor a note explaining why`).toBeTruthy();
    }
  });

  it('has all EU-27 countries and gives every real country its flags and one investor region', () => {
    const ids = new Set(data.countries.map((c) => c.id));
    for (const id of EU27) expect(ids.has(id), id).toBe(true);
    for (const c of data.countries) {
      if (c.id === UNATTRIBUTED_COUNTRY) continue;
      expect(c.regions, c.id).toHaveLength(1);
      expect(c.eu, c.id).toBe(EU27.includes(c.id));
    }
  });

  it('has the seven materials with their units', () => {
    expect(Object.fromEntries(data.materials.map((m) => [m.id, m.unit]))).toEqual({
      lithium: 't Li',
      nickel: 't Ni',
      cobalt: 't Co',
      graphite: 't',
      manganese: 't Mn',
      'black-mass': 't',
      cells: 'GWh',
    });
  });

  describe('production statistics', () => {
    // Each material × stage × year either has rows whose named countries cover ≥ 90 % of the world total, or is
    // listed in seed/GAPS.md as `material STAGE year` with the reason (no rows, or rows below 90 % named coverage):
    // a gap left open and listed, never a guess.
    for (const material of KEY_MATERIALS)
      for (const stage of ['EXTRACTION', 'REFINING'] as Stage[])
        for (const year of [2023, 2024])
          it(`${material} ${stage} ${year}: named countries cover at least 90 % of the world total, or it is a listed gap`, () => {
            const rows = data.production.filter((p) => p.material === material && p.stage === stage && p.year === year);
            const gap = readFileSync(GAPS_FILE, 'utf8').includes(`\`${material} ${stage} ${year}\``);
            if (rows.length === 0) {
              expect(gap, `no ${material} ${stage} ${year} rows and no \`${material} ${stage} ${year}\` in seed/GAPS.md`).toBe(true);
              return;
            }
            const total = rows.reduce((s, p) => s + p.value, 0);
            const named = rows.filter((p) => p.country !== UNATTRIBUTED_COUNTRY).reduce((s, p) => s + p.value, 0);
            if (named / total < 0.9) {
              const coverage = `${((named / total) * 100).toFixed(1)} %`;
              expect(gap, `${material} ${stage} ${year}: named coverage ${coverage} < 90 % and not listed in seed/GAPS.md`).toBe(true);
              return;
            }
            expect(gap, `${material} ${stage} ${year} has data: take it off the gaps list`).toBe(false);
          });

    it('has the REFINING 2024 statistics of lithium, nickel, cobalt and graphite, closed to the IEA world total', () => {
      for (const material of ['lithium', 'nickel', 'cobalt', 'graphite']) {
        const rows = data.production.filter((p) => p.material === material && p.stage === 'REFINING' && p.year === 2024);
        expect(rows.length, material).toBeGreaterThan(1);
        expect(rows.filter((p) => p.country === UNATTRIBUTED_COUNTRY), `${material}: one XW row`).toHaveLength(1);
        for (const p of rows) expect(p.sources, `${material} ${p.country}`).toEqual([IEA_SOURCE_ID]);
      }
    });

    it('has every extraction statistic (the gaps list is for what no public source gives)', () => {
      for (const material of KEY_MATERIALS)
        for (const year of [2023, 2024])
          expect(data.production.some((p) => p.material === material && p.stage === 'EXTRACTION' && p.year === year), `${material} ${year}`).toBe(true);
    });

    it('every top-5 producing country at extraction or refining is in the data with its flags', () => {
      const countries = new Map(data.countries.map((c) => [c.id, c]));
      const groups = new Map<string, { country: string; value: number }[]>();
      for (const p of data.production) {
        if (p.stage !== 'EXTRACTION' && p.stage !== 'REFINING') continue;
        const key = `${p.material}|${p.stage}|${p.year}`;
        groups.set(key, [...(groups.get(key) ?? []), { country: p.country, value: p.value }]);
      }
      for (const rows of groups.values())
        for (const r of rows.sort((a, b) => b.value - a.value).slice(0, 5)) {
          const c = countries.get(r.country);
          expect(c, r.country).toBeDefined();
          expect(typeof c?.oecd).toBe('boolean');
        }
    });
  });

  describe('EU import flows (CEPII BACI)', () => {
    const members = new Set(EU27);
    // The trade codes the extract holds: each gives 2024 imports into member states, partner by partner.
    for (const code of TRADE_CODES)
      it(`HS ${code.hs6} (${code.product}): 2024 imports into EU member states as ${code.material} ${code.stage}, each row saying its code`, () => {
        const rows = data.flows.filter((f) => f.sources.includes(BACI_SOURCE_ID) && f.notes?.includes(`HS ${code.hs6} `));
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.filter((f) => !members.has(f.from)).length, 'rows from outside the EU').toBeGreaterThan(0);
        for (const f of rows) {
          expect(f, `${f.from} → ${f.to}`).toMatchObject({ material: code.material, stage: code.stage, year: 2024, unit: code.unit });
          expect(members.has(f.to), `${f.to} is an EU member`).toBe(true);
          expect(f.value).toBeGreaterThan(0);
        }
      });

    it('names in seed/GAPS.md the trade codes that the flows do not cover', () => {
      const gaps = readFileSync(GAPS_FILE, 'utf8');
      for (const hs of ['282520', '380110', '250410', '8105']) expect(gaps.includes(`\`HS ${hs}\``), `HS ${hs}`).toBe(true);
      for (const code of TRADE_CODES) expect(gaps.includes(`\`HS ${code.hs6}\``), `HS ${code.hs6} covered`).toBe(true);
    });
  });

  describe('European cell plants', () => {
    const inEurope = (countryId: string) =>
      data.countries.find((c) => c.id === countryId)?.regions.some((r) => EUROPE_REGIONS.includes(r)) ?? false;

    it('at least 40 cell plants in Europe', () => {
      expect(data.facilities.filter((f) => f.type === 'CELL_PLANT' && inEurope(f.country)).length).toBeGreaterThanOrEqual(40);
    });

    it('every German cell plant has a status, a status date, a company, and a capacity or a listed gap', () => {
      const german = data.facilities.filter((f) => f.type === 'CELL_PLANT' && f.country === 'DE');
      expect(german.length).toBeGreaterThanOrEqual(10);
      const withCapacity = new Set(data.capacities.map((c) => c.facility));
      // A plant whose capacity no source states is named in the gaps list rather than given a guessed figure.
      const gaps = readFileSync(GAPS_FILE, 'utf8');
      for (const f of german) {
        expect(f.statusDate, `${f.id} statusDate`).toBeTruthy();
        expect(f.operator, `${f.id} operator`).toBeTruthy();
        expect(withCapacity.has(f.id) || gaps.includes(`\`${f.id}\``), `${f.id}: no capacity row and not in seed/GAPS.md`).toBe(
          true,
        );
      }
      expect(german.filter((f) => withCapacity.has(f.id)).length, 'German plants with a capacity row').toBeGreaterThanOrEqual(10);
    });

    it.each([
      [/ACC.*Kaiserslautern/i, ['STOPPED', 'CANCELLED']],
      [/CATL.*(Arnstadt|Erfurt|Thuringia)/i, ['OPERATING', 'RAMP_UP']],
      [/Tesla.*Gr(ü|ue)nheide/i, null],
      [/PowerCo.*Salzgitter/i, null],
      [/Northvolt.*Heide/i, null],
    ])('includes %s', (pattern, statuses) => {
      const plant = data.facilities.find((f) => f.type === 'CELL_PLANT' && pattern.test(`${f.name} ${f.id} ${(f.aliases ?? []).join(' ')}`));
      expect(plant, String(pattern)).toBeDefined();
      if (statuses) expect(statuses).toContain(plant?.status);
    });
  });

  it('at least 30 European refiners, component plants and recyclers, each with an operator or owner', () => {
    const countries = new Map(data.countries.map((c) => [c.id, c]));
    const owned = new Set(data.ownership.map((o) => o.owned));
    const midstream = data.facilities.filter(
      (f) =>
        ['REFINERY', 'COMPONENT_PLANT', 'RECYCLER'].includes(f.type) &&
        (countries.get(f.country)?.regions ?? []).some((r) => EUROPE_REGIONS.includes(r)),
    );
    expect(midstream.length).toBeGreaterThanOrEqual(30);
    for (const f of midstream) expect(f.operator !== undefined || owned.has(f.id), `${f.id} has no operator or owner`).toBe(true);
  });

  it('carries the policy targets of the Battery Booster, the CRMA and the Batteries Regulation', () => {
    const kinds = (kind: string) => data.targets.filter((t) => t.kind === kind);
    const reduction = kinds('SINGLE_COUNTRY_REDUCTION');
    expect(new Set(reduction.map((t) => t.material))).toEqual(new Set(KEY_MATERIALS));
    for (const t of reduction) expect(t).toMatchObject({ scope: 'EU', targetYear: 2029, reductionMin: 0.3, reductionMax: 0.5 });
    expect(kinds('MAX_SINGLE_COUNTRY_SHARE').every((t) => t.share === 0.65)).toBe(true);
    expect(kinds('MAX_SINGLE_COUNTRY_SHARE').length).toBeGreaterThan(0);
    expect(new Set(kinds('MIN_DOMESTIC_SHARE').map((t) => `${t.stage}:${t.share}`))).toEqual(
      new Set(['EXTRACTION:0.1', 'REFINING:0.4', 'RECYCLING:0.25']),
    );
    const content = kinds('RECYCLED_CONTENT').map((t) => `${t.material}:${t.targetYear}:${t.share}`);
    expect(content).toEqual(expect.arrayContaining(['cobalt:2031:0.16', 'lithium:2031:0.06', 'nickel:2031:0.06', 'cobalt:2036:0.26', 'lithium:2036:0.12', 'nickel:2036:0.15']));
    const recovery = kinds('RECOVERY_RATE').map((t) => `${t.material}:${t.targetYear}:${t.share}`);
    expect(recovery).toEqual(expect.arrayContaining(['lithium:2027:0.5', 'cobalt:2027:0.9', 'nickel:2027:0.9', 'lithium:2031:0.8', 'cobalt:2031:0.95', 'nickel:2031:0.95']));
  });
});
