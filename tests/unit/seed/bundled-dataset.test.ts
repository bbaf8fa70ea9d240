import { readdirSync, readFileSync } from 'node:fs';
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
const SEED_DIR = fileURLToPath(new URL('../../../seed/', import.meta.url));

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

  it('has the seven materials with their units, and the two recycling streams capacity measures count', () => {
    expect(Object.fromEntries(data.materials.map((m) => [m.id, m.unit]))).toEqual({
      lithium: 't Li',
      nickel: 't Ni',
      cobalt: 't Co',
      graphite: 't',
      manganese: 't Mn',
      'black-mass': 't',
      cells: 'GWh',
      'battery-input': 't',
      'black-mass-feed': 't',
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

    it.each([2023, 2024])('cells CELL %i: named countries cover at least 90 %% of the world total, or it is a listed gap', (year) => {
      const rows = data.production.filter((p) => p.material === 'cells' && p.stage === 'CELL' && p.year === year);
      const total = rows.reduce((s, p) => s + p.value, 0);
      const named = rows.filter((p) => p.country !== UNATTRIBUTED_COUNTRY).reduce((s, p) => s + p.value, 0);
      const gap = readFileSync(GAPS_FILE, 'utf8').includes(`\`cells CELL ${year}\``);
      expect(gap, `cells CELL ${year}: listed in seed/GAPS.md exactly when it is missing or below 90 %`).toBe(
        rows.length === 0 || named / total < 0.9,
      );
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

  describe('gaps (seed/gaps.json) agree with seed/GAPS.md', () => {
    const STATISTIC = /`([a-z-]+) (EXTRACTION|REFINING|COMPONENT|CELL|RECYCLING) (\d{4})`/g;
    const listed = () => [...readFileSync(GAPS_FILE, 'utf8').matchAll(STATISTIC)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    const statisticGaps = () =>
      data.gaps.filter((g) => g.material && g.stage && g.year !== undefined && (g.scope ?? 'GLOBAL') === 'GLOBAL');

    it('has gap rows, each with an id of its own kind, a title and a detail', () => {
      expect(data.gaps.length).toBeGreaterThan(0);
      for (const g of data.gaps) {
        expect(g.id, g.id).toMatch(/^gap-/);
        expect(g.title.trim(), g.id).not.toBe('');
        expect(g.detail.trim(), g.id).not.toBe('');
      }
    });

    it('every statistic listed in seed/GAPS.md has a gap row, and every statistic gap row is listed there', () => {
      const rows = new Set(statisticGaps().map((g) => `${g.material} ${g.stage} ${g.year}`));
      const names = new Set(listed());
      expect(names.size).toBeGreaterThan(0);
      for (const name of names) expect(rows.has(name), `${name} is in seed/GAPS.md but has no gap row`).toBe(true);
      for (const row of rows) expect(names.has(row), `gap row ${row} is not listed in seed/GAPS.md`).toBe(true);
    });

    it('a stage without any statistic of a key material (COMPONENT) has a gap row for that material', () => {
      for (const material of KEY_MATERIALS)
        for (const stage of ['EXTRACTION', 'REFINING', 'COMPONENT'] as Stage[]) {
          if (data.production.some((p) => p.material === material && p.stage === stage)) continue;
          expect(
            data.gaps.some((g) => g.material === material && g.stage === stage),
            `${material} ${stage}: no statistics and no gap row`,
          ).toBe(true);
        }
    });

    it('the EU import flows say, per material and stage, which trade codes they cover and which are missing', () => {
      const gaps = readFileSync(GAPS_FILE, 'utf8');
      const covered = new Set(TRADE_CODES.map((c) => c.hs6));
      const missing = [...gaps.matchAll(/`HS (\d{4,6})`/g)].map((m) => m[1]!).filter((hs) => !covered.has(hs));
      expect(missing.length).toBeGreaterThan(0);
      const eu2024 = data.gaps.filter((g) => g.scope === 'EU' && g.year === 2024);
      for (const code of TRADE_CODES)
        expect(
          eu2024.some((g) => g.material === code.material && g.stage === code.stage && g.detail.includes(`HS ${code.hs6}`)),
          `no EU 2024 gap row for ${code.material} ${code.stage} naming HS ${code.hs6}`,
        ).toBe(true);
      for (const hs of missing)
        expect(
          eu2024.some((g) => g.detail.includes(`HS ${hs}`)),
          `HS ${hs} is listed as missing in seed/GAPS.md but no EU gap row names it`,
        ).toBe(true);
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

  describe('plants and owners (format v2)', () => {
    const countries = () => new Map(data.countries.map((c) => [c.id, c]));
    const inEurope = (countryId: string) => (countries().get(countryId)?.regions ?? []).some((r) => EUROPE_REGIONS.includes(r));
    const year = (date: string) => Number(date.slice(0, 4));
    const CHANGE_OF_PLAN = ['PAUSED', 'STOPPED', 'CANCELLED'];

    it('every capacity row in the seed files states its basis (INSTALLED or ANNOUNCED) and none uses the v1 `kind`', () => {
      // Read the files themselves: the v1 upgrade on read would fill in a default basis and hide a missing judgement.
      let rows = 0;
      for (const file of readdirSync(SEED_DIR).filter((f) => f.endsWith('.json'))) {
        const doc = JSON.parse(readFileSync(`${SEED_DIR}${file}`, 'utf8')) as { version: number; capacities?: Record<string, unknown>[] };
        expect(doc.version, file).toBe(2);
        for (const c of doc.capacities ?? []) {
          rows++;
          expect(['INSTALLED', 'ANNOUNCED'], `${file} ${String(c.facility)} ${String(c.year)}`).toContain(c.basis);
          expect(c.kind, `${file} ${String(c.facility)}: v1 kind`).toBeUndefined();
        }
      }
      expect(rows).toBe(data.capacities.length);
    });

    it('an INSTALLED row belongs to a plant that exists by then; a plan that was never built is not INSTALLED', () => {
      // A plant that never left PLANNED, or was cancelled before construction, cannot have built capacity.
      for (const c of data.capacities.filter((c) => c.basis === 'INSTALLED')) {
        const f = data.facilities.find((x) => x.id === c.facility);
        expect(f?.status, `${c.facility} ${c.year}`).not.toBe('PLANNED');
        expect(f?.status, `${c.facility} ${c.year}`).not.toBe('CANCELLED');
        const first = f?.statusHistory?.[0];
        if (first) expect(year(first.date), `${c.facility}: INSTALLED ${c.year} before its history starts`).toBeLessThanOrEqual(c.year);
      }
    });

    // The rule for "its status changed since 1 January 2023", read from the data alone: a plant whose latest status is
    // dated 2023 or later needs a history unless it is OPERATING and already was by 2022 (startYear ≤ 2022). The
    // exemption needs an explicit startYear, and every plant needs a statusDate, so neither can be left out to escape it.
    const needsHistory = (f: Dataset['facilities'][number]) =>
      year(f.statusDate ?? '0') >= 2023 && !(f.status === 'OPERATING' && f.startYear !== undefined && f.startYear <= 2022);

    it('every European cell plant has a status date, and one whose status changed since 2023 has a status history', () => {
      const plants = data.facilities.filter((f) => f.type === 'CELL_PLANT' && inEurope(f.country));
      for (const f of plants) {
        expect(f.statusDate, `${f.id} statusDate`).toBeTruthy();
        if (needsHistory(f)) expect(f.statusHistory?.length ?? 0, `${f.id} needs a statusHistory`).toBeGreaterThan(0);
      }
      expect(plants.filter((f) => f.statusHistory?.length).length).toBeGreaterThanOrEqual(40);
    });

    it('every European mine, refinery, component plant and recycler not operating and dated 2023 or later has a status history', () => {
      for (const f of data.facilities.filter(
        (f) => ['MINE', 'REFINERY', 'COMPONENT_PLANT', 'RECYCLER'].includes(f.type) && inEurope(f.country) && f.status !== 'OPERATING',
      ))
        if (needsHistory(f)) expect(f.statusHistory?.length ?? 0, `${f.id} needs a statusHistory`).toBeGreaterThan(0);
    });

    it('every history entry cites a source published no earlier than the entry, and every change of plan gives its reason', () => {
      const sourceYear = new Map(data.sources.map((s) => [s.id, s.year]));
      for (const f of data.facilities)
        (f.statusHistory ?? []).forEach((e, i, all) => {
          expect(e.sources.length, `${f.id} ${e.date}`).toBeGreaterThan(0);
          expect(
            e.sources.some((s) => (sourceYear.get(s) ?? 0) >= year(e.date)),
            `${f.id} ${e.date}: no source from ${year(e.date)} or later reports it`,
          ).toBe(true);
          // Paused, stopped, cancelled — and a restart after one of those — is a change of plan: it says why.
          const restart = i > 0 && CHANGE_OF_PLAN.includes(all[i - 1]!.status) && !CHANGE_OF_PLAN.includes(e.status);
          if (CHANGE_OF_PLAN.includes(e.status) && (i === 0 || all[i - 1]!.status !== e.status || i === all.length - 1))
            expect(e.reason?.trim(), `${f.id} ${e.date} ${e.status}: reason`).toBeTruthy();
          if (restart) expect(e.reason?.trim(), `${f.id} ${e.date}: restart reason`).toBeTruthy();
        });
    });

    it("answers the inquiry's question 2: German projects postponed, downsized or abandoned since 2023, each with its reason", () => {
      const changed = data.facilities.filter(
        (f) => f.country === 'DE' && (f.statusHistory ?? []).some((e) => year(e.date) >= 2023 && e.reason && CHANGE_OF_PLAN.includes(e.status)),
      );
      const ids = changed.map((f) => f.id);
      for (const id of ['cell-acc-kaiserslautern', 'cell-northvolt-drei-heide', 'cell-svolt-lauchhammer', 'cell-svolt-ueberherrn', 'cell-cellforce-kirchentellinsfurt'])
        expect(ids, id).toContain(id);
    });

    it('designations have an upper-snake kind, a date and sources; the CRMA strategic projects sit on their facilities', () => {
      for (const f of data.facilities)
        for (const d of f.designations ?? []) {
          expect(d.kind, f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(d.date, f.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(d.sources.length, `${f.id} ${d.kind}`).toBeGreaterThan(0);
        }
      const crma = (id: string) => data.facilities.find((f) => f.id === id)?.designations?.find((d) => d.kind === 'CRMA_STRATEGIC_PROJECT');
      // March 2025 (47 in the EU) and June 2025 (13 outside): the battery-raw-material projects found in public sources.
      for (const id of [
        'mine-keliber-syvajarvi', 'ref-keliber-kokkola', 'ref-jervois-kokkola', 'rec-fortum-harjavalta', 'mine-vulcan-lionheart',
        'ref-vulcan-hoechst', 'ref-rock-tech-guben', 'mine-talga-vittangi', 'rec-northvolt-revolt-ett', 'mine-savannah-barroso',
        'ref-euro-manganese-chvaletice', 'rec-glencore-portovesme-hub', 'mine-lusorecursos-romano', 'ref-lifthium-lift-one',
        'mine-rio-narcea-aguablanca', 'mine-lithium-iberia-las-navas', 'mine-rmg-doade', 'mine-aa-sakatti', 'comp-sibanye-gallicam-sandouville', 'mine-eramet-es-alsace',
      ])
        expect(crma(id)?.date, id).toBe('2025-03-25');
      expect(crma('mine-rio-tinto-jadar')?.date).toBe('2025-06-04');
      // Looked for and not selected: no designation may creep in for them.
      for (const id of ['mine-zinnwald', 'mine-geomet-cinovec', 'mine-infinity-san-jose']) expect(crma(id), id).toBeUndefined();
    });

    it('records the corrected owners: Gotion, Volvo Cars (Geely), LG Energy Solution (LG Chem), Leclanché, dated where the source dates them', () => {
      const share = (owner: string, owned: string) => data.ownership.find((o) => o.owner === owner && o.owned === owned);
      // Gotion Göttingen: Gotion's own plant; Volkswagen holds about a quarter of Gotion and nothing else is recorded, so
      // the rest of Gotion stays with Gotion (SPEC 4.3) — the plant is not 75 % UNKNOWN, and Gotion controls it.
      expect(share('co-gotion', 'cell-gotion-goettingen')?.share).toBe(1);
      expect(share('co-volkswagen', 'co-gotion')?.share).toBeCloseTo(0.25, 1);
      expect(data.ownership.filter((o) => o.owned === 'co-gotion').reduce((s, o) => s + o.share, 0)).toBeLessThan(0.5);
      expect(share('co-gotion', 'co-inobat')?.share).toBe(0.25);
      expect(share('co-geely-holding', 'co-volvo-cars')?.share).toBeGreaterThan(0.5);
      expect(share('co-volvo-cars', 'co-novo-energy')?.share).toBe(1);
      expect(share('co-lg-chem', 'co-lg-energy-solution')?.share).toBeCloseTo(0.79, 2);
      expect(share('co-leclanche', 'cell-leclanche-willstaett')?.share).toBe(1);
      expect(data.companies.find((c) => c.id === 'co-leclanche')?.country).toBe('CH');
      for (const [owner, owned] of [['co-geely-holding', 'co-volvo-cars'], ['co-volkswagen', 'co-gotion'], ['co-lg-chem', 'co-lg-energy-solution']])
        expect(share(owner!, owned!)?.asOf, `${owner} → ${owned} asOf`).toMatch(/^\d{4}/);
    });

    it('keeps announced capacity apart from built capacity at the plants the issue named', () => {
      const rows = (id: string, basis: string) => data.capacities.filter((c) => c.facility === id && c.basis === basis);
      expect(rows('cell-catl-arnstadt', 'INSTALLED').map((c) => c.value)).toEqual([8]);
      expect(rows('cell-catl-arnstadt', 'ANNOUNCED').map((c) => c.value)).toEqual([14]);
      expect(rows('cell-acc-billy-berclau', 'INSTALLED').map((c) => c.value)).toEqual([15]);
      for (const id of ['cell-catl-debrecen', 'cell-eve-debrecen', 'cell-gotion-goettingen', 'cell-blackstone-doebeln', 'cell-cellforce-kirchentellinsfurt'])
        expect(rows(id, 'INSTALLED'), id).toEqual([]);
      expect(data.capacities.filter((c) => c.facility === 'cell-catl-stellantis-zaragoza')).toEqual([]);
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
