import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { loadDatasetFile } from '../../api/src/store/create-store.js';
import { apiOn } from './harness.js';

/**
 * Regression: Q28 and the plant tracker read a recycler's capacity only as black mass (the RECYCLING stage's default
 * material), so every recycler whose operator publishes battery input (BATTERY_INPUT rows of `battery-input`) or
 * black mass processed (BLACK_MASS_INPUT rows of `black-mass-feed`) showed "no published capacity". The bundled data
 * holds such rows only (seed/recycling.json), among them Li-Cycle Magdeburg 10,000 t input (2023), Hydrovolt
 * Fredrikstad 12,000 t (2022, Norway), BASF Schwarzheide 15,000 t (2025), Stena Halmstad 10,000 t (2023), AE Elemental
 * Zawiercie 12,000 t (2024) plus 20,000 t black-mass feed announced for 2026, and Fortum Harjavalta 3,000 t black mass
 * processed (2025); all OPERATING. (More recyclers' rows are being added, so totals are checked as column sums.)
 */

const REPORT = `query Report($id: ID!, $scope: ID, $year: Int) {
  report(id: $id, scope: $scope, year: $year) { columns { key label unit type } rows footnotes sources { id } }
}`;

interface Report {
  columns: { key: string; label: string; unit: string | null; type: string }[];
  rows: Record<string, unknown>[];
  footnotes: string[];
  sources: { id: string }[];
}

async function bundled() {
  return apiOn(await loadDatasetFile(BUNDLED_DATASET));
}

describe('Regression: recyclers publishing only battery input or black mass processed showed "no published capacity"', () => {
  it('Q28 (EU, 2026) shows each in the measure its operator published, one column group per measure', async () => {
    const { query } = await bundled();
    const res = await query<{ report: Report }>(REPORT, { id: 'Q28', scope: 'EU', year: 2026 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.report;
    const column = (key: string) => r.columns.find((c) => c.key === key);
    expect(column('battery_input_installed')).toEqual({
      key: 'battery_input_installed',
      label: 'Battery input, installed 2026',
      unit: 't/yr',
      type: 'NUMBER',
    });
    expect(column('black_mass_processed_supply')).toMatchObject({
      label: 'Black mass processed, in supply 2026',
      unit: 't/yr',
    });
    // No column mixes measures: the old single "installed" column is gone.
    expect(column('installed')).toBeUndefined();
    const site = (text: string) => r.rows.find((row) => String(row['site']).includes(text));
    expect(site('Li-Cycle')).toMatchObject({
      battery_input_installed: 10000,
      battery_input_supply: 10000,
      black_mass_processed_installed: null,
    });
    expect(site('BASF Black Mass')).toMatchObject({ battery_input_installed: 15000, battery_input_supply: 15000 });
    expect(site('Stena')).toMatchObject({ battery_input_installed: 10000 });
    // AE Elemental publishes both: 12,000 t battery input built (2024) and 20,000 t black-mass feed announced for 2026.
    expect(site('AE Elemental')).toMatchObject({
      battery_input_installed: 12000,
      black_mass_processed_installed: null,
      black_mass_processed_announced: 20000,
      black_mass_processed_announcedFor: 2026,
    });
    expect(site('Harjavalta')).toMatchObject({
      battery_input_installed: null,
      black_mass_processed_installed: 3000,
      black_mass_processed_supply: 3000,
    });
    // Hydrovolt is in Norway, outside the EU scope.
    expect(site('Hydrovolt')).toBeUndefined();
    // The footnote's totals are the column sums, one per measure, never added together.
    const sum = (key: string) => r.rows.reduce((a, row) => a + (typeof row[key] === 'number' ? row[key] : 0), 0);
    const count = (key: string) => r.rows.filter((row) => typeof row[key] === 'number' && row[key] > 0).length;
    const text = (n: number) => n.toLocaleString('en-GB');
    expect(sum('battery_input_supply')).toBeGreaterThanOrEqual(10000 + 15000 + 10000 + 12000);
    const notes = r.footnotes.join(' ');
    expect(notes).toContain(
      `In supply in EU, 2026: battery input ${text(sum('battery_input_supply'))} t/yr from ${count('battery_input_supply')} plants; black mass processed 3,000 t/yr from 1 plant.`,
    );
    const none = r.footnotes.find((n) => n.startsWith('No published capacity'))!;
    for (const row of r.rows) {
      const published = Object.entries(row).some(
        ([k, v]) => /_(installed|announced)$/.test(k) && typeof v === 'number',
      );
      expect(none.includes(String(row['site'])), String(row['site'])).toBe(!published);
    }
    expect(none).toContain('Accurec');
    expect(r.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['src-rec-licycle-germany-spoke-2023', 'src-rec-fortum-grant-2025']),
    );
  });

  it('Q28 before a plant was built shows it empty, not 0 (BASF Schwarzheide, first row 2025, in 2024)', async () => {
    const { query } = await bundled();
    const res = await query<{ report: Report }>(REPORT, { id: 'Q28', scope: 'DE', year: 2024 });
    const r = res.data!.report;
    const basf = r.rows.find((row) => String(row['site']).includes('BASF Black Mass'))!;
    expect(basf['battery_input_installed']).toBeNull();
    expect(basf['battery_input_supply']).toBeNull();
    expect(r.footnotes.find((n) => n.startsWith('No published capacity'))).toContain('BASF Black Mass');
    const liCycle = r.rows.find((row) => String(row['site']).includes('Li-Cycle'))!;
    expect(liCycle['battery_input_supply']).toBe(10000);
  });

  it('the plant tracker names the measure and unit in the unit column, so its totals never add two measures', async () => {
    const { query } = await bundled();
    const res = await query<{ plantTracker: { rows: Record<string, unknown>[] } }>(
      '{ plantTracker(year: 2026) { rows } }',
    );
    expect(res.errors).toBeUndefined();
    const row = (id: string) => res.data!.plantTracker.rows.find((r) => r['id'] === id);
    expect(row('rec-hydrovolt-fredrikstad')).toMatchObject({
      unit: 'battery input, t/yr',
      installed: 12000,
      supply: 12000,
    });
    expect(row('rec-fortum-harjavalta')).toMatchObject({
      unit: 'black mass processed, t/yr',
      installed: 3000,
      supply: 3000,
    });
    expect(row('rec-accurec-krefeld')).toMatchObject({ unit: null, installed: null, supply: null });
    // Other stages keep their material's unit.
    const cells = res.data!.plantTracker.rows.find((r) => r['stage'] === 'Cell' && r['installed'] !== null);
    expect(cells?.['unit']).toBe('GWh');
  });
});
