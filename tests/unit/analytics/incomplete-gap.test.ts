import { describe, expect, it } from 'vitest';
import { dependency } from '../../../api/src/analytics/shares.js';
import { evaluateTarget } from '../../../api/src/analytics/targets.js';
import type { Dataset, GapRow, TargetRow } from '../../../api/src/dataset/types.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { EXACT, analyticsDataset } from './load.js';

// evidence.json, lithium REFINING 2024 into the EU (see evidence.test.ts):
//   DE statistic 90, FR stand-in 40 (ref-fr-a), PL stand-in 60 (ref-pl-a), import CN → FR 300; total 490.
//   Recorded top third country: CN 300 / 490 = 0.6122.
// Regression: the bundled data records EU lithium imports for lithium carbonate only (no hydroxide), and the
// Battery Booster tracker answered "Chile 44.6 % → 0 %, MET_50" from that partial baseline. A gap marked
// `incomplete` on the figure makes the third-country share unknown and the target NO_BASELINE.
const gap: GapRow = {
  id: 'gap-eu-imports-partial',
  material: 'lithium',
  stage: 'REFINING',
  scope: 'EU',
  year: 2024,
  title: 'EU lithium imports: carbonate only',
  detail: 'Hydroxide imports are not recorded.',
};
const target: TargetRow = {
  id: 'tgt-eu-li',
  kind: 'SINGLE_COUNTRY_REDUCTION',
  material: 'lithium',
  stage: 'REFINING',
  scope: 'EU',
  baselineYear: 2024,
  targetYear: 2029,
  sources: ['src-fx'],
};

function projectionWith(gaps: GapRow[]) {
  const base = analyticsDataset('evidence.json');
  const dataset: Dataset = { ...base, gaps, targets: [target] };
  return buildProjection(dataset);
}

const query = { scope: 'EU', material: 'lithium', stage: 'REFINING', year: 2024 } as const;

describe('a gap marked incomplete (partial imports are no baseline)', () => {
  it('without the mark, the recorded top third country stands', () => {
    const p = projectionWith([gap]);
    const d = dependency(p, query);
    expect(d.thirdCountryKnown).toBe(true);
    expect(d.topThirdCountry?.origin).toBe('CN');
    expect(d.topThirdCountry?.share).toBeCloseTo(300 / 490, EXACT);
    expect(evaluateTarget(p, target).status).not.toBe('NO_BASELINE');
  });

  it('with the mark, the third-country share is unknown; shares and total stay as recorded', () => {
    const p = projectionWith([{ ...gap, incomplete: true }]);
    const d = dependency(p, query);
    expect(d.total).toBeCloseTo(490, EXACT);
    expect(d.shares.map((s) => s.origin)).toEqual(['CN', 'DE', 'PL', 'FR']);
    expect(d.importsRecorded).toBe(true);
    expect(d.thirdCountryKnown).toBe(false);
    expect(d.topThirdCountry).toBeNull();
    expect(d.gaps.map((g) => g.id)).toEqual(['gap-eu-imports-partial']);
    expect(d.assumptions.join(' ')).toMatch(/known to be incomplete \(EU lithium imports: carbonate only\)/);
  });

  it('with the mark, a reduction target resting on that figure has no baseline and says why', () => {
    const p = projectionWith([{ ...gap, incomplete: true }]);
    const e = evaluateTarget(p, target);
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toMatch(/known to be incomplete \(EU lithium imports: carbonate only\)/);
    expect(e.projectedShare).toBe(0);
    expect(e.contributions).toEqual([]);
  });

  it('an incomplete gap of another year or scope does not touch the figure', () => {
    const p = projectionWith([
      { ...gap, id: 'gap-2023', year: 2023, incomplete: true },
      { ...gap, id: 'gap-de', scope: 'DE', incomplete: true },
    ]);
    // gap-de is about DE alone: DE lies inside the EU, so it matches the EU figure (gapsFor matches members)
    const d = dependency(p, query);
    expect(d.gaps.map((g) => g.id)).toEqual(['gap-de']);
    expect(d.thirdCountryKnown).toBe(false);
    const p2 = projectionWith([{ ...gap, id: 'gap-2023', year: 2023, incomplete: true }]);
    expect(dependency(p2, query).thirdCountryKnown).toBe(true);
  });
});
