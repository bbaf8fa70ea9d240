import { describe, expect, it } from 'vitest';
import { investorRegions } from '../../../api/src/analytics/investor-region.js';
import { dependency } from '../../../api/src/analytics/shares.js';
import {
  installedCapacity,
  projectedCapacity,
  statusIn,
  supplyCapacity,
} from '../../../api/src/projection/capacity.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { EXACT, analyticsDataset } from './load.js';

const data = analyticsDataset('capacity.json');
const p = buildProjection(data);
const f = (id: string) => p.facilityIndex.get(id)!;
const cells = p.materialIndex.get('cells')!;
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// capacity.json (cells, GWh):
//   cell-history   DE  history: 2021-05 UNDER_CONSTRUCTION, 2023-12-31 RAMP_UP, 2025-01-01 OPERATING,
//                      2026-07-15 PAUSED, 2028 STOPPED; INSTALLED 10 (2023), INSTALLED 30 (2025), ANNOUNCED 50 (2027)
//   cell-cancelled DE  history: 2022 PLANNED, 2024-12-31 CANCELLED; ANNOUNCED 100 (2026)
//   cell-starts    FR  OPERATING, startYear 2024, no history; INSTALLED 20 (2023)
//   cell-always    FR  OPERATING, no start year, no history; INSTALLED 5 (2020)
//   cell-same-year FR  OPERATING from 2020; INSTALLED 40 and ANNOUNCED 60 both for 2025, ANNOUNCED 80 (2029)
describe('capacity in a year (SPEC 4.0)', () => {
  it('takes the status of the last history entry dated on or before 31 December of the year', () => {
    expect(years(2020, 2029).map((y) => statusIn(p, f('cell-history'), y))).toEqual([
      null, // 2020: the history starts in 2021, so the plant did not exist
      'UNDER_CONSTRUCTION', // 2021 (from May)
      'UNDER_CONSTRUCTION',
      'RAMP_UP', // 2023: dated 31 Dec 2023, on or before 31 Dec
      'RAMP_UP', // 2024
      'OPERATING', // 2025: dated 1 Jan 2025, after 31 Dec 2024
      'PAUSED', // 2026 (from July)
      'PAUSED',
      'STOPPED', // 2028: a YYYY date counts as its first day
      'STOPPED',
    ]);
    expect(years(2021, 2025).map((y) => statusIn(p, f('cell-cancelled'), y))).toEqual([
      null,
      'PLANNED',
      'PLANNED',
      'CANCELLED', // 2024-12-31 is on or before 31 Dec 2024
      'CANCELLED',
    ]);
  });

  it('lets the status of a facility without history hold from its start year on (every year without one)', () => {
    expect([2023, 2024, 2030].map((y) => statusIn(p, f('cell-starts'), y))).toEqual([null, 'OPERATING', 'OPERATING']);
    expect([1990, 2030].map((y) => statusIn(p, f('cell-always'), y))).toEqual(['OPERATING', 'OPERATING']);
  });

  it('reads installed capacity as a step function of INSTALLED rows, and supply only while OPERATING or RAMP_UP', () => {
    const h = f('cell-history');
    // installed: none before 2023, 10 in 2023–2024, 30 from 2025 (the ANNOUNCED 50 never counts as installed)
    expect(years(2022, 2029).map((y) => installedCapacity(p, h, cells, y))).toEqual([0, 10, 10, 30, 30, 30, 30, 30]);
    // supply: 2023–2024 RAMP_UP 10, 2025 OPERATING 30, 2026–2027 PAUSED 0, 2028– STOPPED 0
    expect(years(2022, 2029).map((y) => supplyCapacity(p, h, cells, y))).toEqual([0, 10, 10, 30, 0, 0, 0, 0]);
    // cell-starts: built 2023 (20) but only exists from 2024
    expect([2023, 2024, 2030].map((y) => supplyCapacity(p, f('cell-starts'), cells, y))).toEqual([0, 20, 20]);
    // a plan never supplies: cell-cancelled has only an ANNOUNCED row
    expect(supplyCapacity(p, f('cell-cancelled'), cells, 2026)).toBe(0);
  });

  it('reads projected capacity as the latest row of either basis, a built row winning in its own year', () => {
    const h = f('cell-history');
    // 2024: 10 (INSTALLED 2023); 2027: 50 (ANNOUNCED 2027); 2030: 50
    expect([2024, 2027, 2030].map((y) => projectedCapacity(p, h, cells, y))).toEqual([10, 50, 50]);
    // cell-same-year 2025: INSTALLED 40 and ANNOUNCED 60 → 40 installed and projected; 2029: 80 projected, 40 installed
    const s = f('cell-same-year');
    expect([installedCapacity(p, s, cells, 2025), projectedCapacity(p, s, cells, 2025)]).toEqual([40, 40]);
    expect([installedCapacity(p, s, cells, 2029), projectedCapacity(p, s, cells, 2029)]).toEqual([40, 80]);
  });

  it('is the one rule behind dependency stand-ins and investor-region totals, year by year', () => {
    // EU supply by year = cell-history + cell-starts + cell-always + cell-same-year:
    //   2022: 0 + 0 + 5 + 0 = 5        2023: 10 + 0 + 5 + 0 = 15     2024: 10 + 20 + 5 + 0 = 35
    //   2025: 30 + 20 + 5 + 40 = 95    2026: 0 + 20 + 5 + 40 = 65    2029: 0 + 20 + 5 + 40 = 65
    const expected: Record<number, number> = { 2022: 5, 2023: 15, 2024: 35, 2025: 95, 2026: 65, 2029: 65 };
    for (const [year, total] of Object.entries(expected)) {
      const d = dependency(p, { scope: 'EU', material: 'cells', stage: 'CELL', year: Number(year) });
      expect(d.producedInScope, year).toBeCloseTo(total, EXACT);
      expect(investorRegions(p, { stage: 'CELL', year: Number(year) }).total, year).toBeCloseTo(total, EXACT);
    }
  });

  it('applies a scenario status to every year, in both views at once', () => {
    const run = (id: string) => {
      const q = buildProjection(
        applyScenario(
          data,
          data.scenarios.find((s) => s.id === id)!,
        ).dataset,
      );
      return [2024, 2026].map((year) => [
        dependency(q, { scope: 'EU', material: 'cells', stage: 'CELL', year }).producedInScope,
        investorRegions(q, { stage: 'CELL', year }).total,
      ]);
    };
    // stopped: cell-history gives nothing: 2024 35 − 10 = 25; 2026 65
    expect(run('scn-stop-history')).toEqual([
      [25, 25],
      [65, 65],
    ]);
    // operating every year: 2024 35 (it was ramping up already); 2026 65 + 30 = 95 (no longer paused)
    expect(run('scn-operate-history')).toEqual([
      [35, 35],
      [95, 95],
    ]);
  });
});
