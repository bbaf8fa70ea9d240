import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { recycling } from '../../../api/src/projection/recycling.js';
import { fixture } from '../../helpers.js';

/**
 * The range of the recycling figures (docs/methodology.md §7), hand-computed on tests/fixtures/analytics/recycling.json
 * (EU = DE, FI, PL, 2024; the central figures' arithmetic is in recycling.test.ts). Ranged parameters: yield 0.4
 * (0.3–0.5) and lithium efficiency 0.8 (0.7–0.9); contents, Ni/Co efficiencies and intensities have none.
 * - low run (yield 0.3, Li efficiency 0.7): DE black mass 3,000 − 500 exported = 2,500; PL 2,000; FI 200 imported.
 *   Own processing DE 1,000 (surplus 1,500), FI 200 (free 4,800); PL's 2,000 + DE's 1,500 = 3,500 move to FI:
 *   FI 3,700, DE 1,000. Li: 3,700 × 0.03 × 0.7 = 77.7 + DE's stated 20 = 97.7 t; Ni: 4,700 × 0.15 × 0.95 = 669.75;
 *   Co: 4,700 × 0.05 × 0.95 = 223.25.
 * - high run (yield 0.5, Li efficiency 0.9): DE 5,000 − 500 = 4,500, own 1,000, surplus 3,500 + PL 2,000 = 5,500
 *   against 4,800 free: FI 5,000, DE 1,000. Li: 5,000 × 0.03 × 0.9 = 135 + 20 = 155 t; Ni 6,000 × 0.1425 = 855;
 *   Co 6,000 × 0.0475 = 285.
 * - recycled content (cell need 1,640 t Li and 11,200 t Ni, no intensity range): Li 97.7 / 1,640 = 5.957 % to
 *   155 / 1,640 = 9.451 %; Ni 669.75 / 11,200 = 5.980 % to 855 / 11,200 = 7.634 %. Both straddle the 6 % minimum,
 *   so MET (8.10 %, 7.25 % at the central values) holds at the central values only, and the reason says so.
 */
const data = (): Dataset => {
  const result = validateDataset(fixture('analytics/recycling.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
};
const close = (x: number | null | undefined, y: number) => expect(x).toBeCloseTo(y, 9);

describe('the range of the recycling figures (each parameter at the low, then the high end of its range)', () => {
  const r = recycling(buildProjection(data()), { scope: 'EU', year: 2024 });
  const metal = (m: string) => r.recovered.find((x) => x.material === m)!;
  const content = (m: string) => r.recycledContent.find((x) => x.material === m)!;

  it('recovered metal spans the yield and efficiency ranges around its central value', () => {
    for (const [m, low, value, high] of [
      ['lithium', 97.7, 132.8, 155],
      ['nickel', 669.75, 812.25, 855],
      ['cobalt', 223.25, 270.75, 285],
    ] as const) {
      close(metal(m).low, low);
      close(metal(m).value, value);
      close(metal(m).high, high);
    }
  });

  it('recycled content is an estimate with its range: recovered low / need high to recovered high / need low', () => {
    const li = content('lithium');
    expect(li.basis).toBe('PARAMETER');
    close(li.cellDemandLow, 1640);
    close(li.cellDemandHigh, 1640);
    close(li.recoveredLow, 97.7);
    close(li.recoveredHigh, 155);
    close(li.shareLow, 97.7 / 1640);
    close(li.shareHigh, 155 / 1640);
    expect(li.status).toBe('MET'); // 132.8 / 1,640 = 8.10 % at the central values
    expect(li.reason).toContain('recovered 97.7–155 t, cell need 1,640 t, recycled content 5.96 %–9.45 %.');
    // FI's 2 GWh state no chemistry; PL's "LFP (prismatic)" takes its family's row; DE's NMC811 the NMC row.
    expect(li.reason).toContain(
      'Intensities used: NMC (100 t/GWh) as their family for 1 plant; LFP (90 t/GWh) as their family for 1 plant; mixed (95 t/GWh) (chemistry not stated) for 1 plant.',
    );
    expect(li.reason).toContain('The minimum 6.00 % lies inside that range: MET holds at the central values only.');
    const ni = content('nickel');
    close(ni.shareLow, 669.75 / 11200);
    close(ni.shareHigh, 855 / 11200);
    expect(ni.reason).toContain('MET holds at the central values only');
  });

  it('a figure without a baseline has no range, and a parameter set by the query has none either', () => {
    const co = content('cobalt'); // no intensity for PL's LFP and FI's unstated plant
    expect(co).toMatchObject({ status: 'NO_BASELINE', basis: 'NONE', shareLow: null, shareHigh: null });
    // Overriding the yield and the lithium efficiency leaves nothing ranged for lithium: low = value = high.
    const set = recycling(buildProjection(data()), {
      scope: 'EU',
      year: 2024,
      parameters: [
        { kind: 'BLACK_MASS_YIELD', value: 0.4 },
        { kind: 'RECOVERY_EFFICIENCY', material: 'lithium', value: 0.8 },
      ],
    });
    const li = set.recovered.find((x) => x.material === 'lithium')!;
    close(li.low, 132.8);
    close(li.high, 132.8);
  });
});
