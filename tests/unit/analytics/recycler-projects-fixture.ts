import type { Dataset, TargetRow } from '../../../api/src/dataset/types.js';

/** A Battery Booster-like 2029 reduction target for refined lithium in the EU, baseline 2024. */
export const LITHIUM_REFINING_TARGET: TargetRow = {
  id: 'tgt-li-refining',
  kind: 'SINGLE_COUNTRY_REDUCTION',
  material: 'lithium',
  stage: 'REFINING',
  scope: 'EU',
  baselineYear: 2024,
  targetYear: 2029,
  sources: ['src-law'],
};

/**
 * The recycling fixture (tests/fixtures/analytics/recycling.json) made into a tracker fixture: a recorded import of
 * 1,000 t refined lithium CN→DE in 2024 (so the EU's third-country dependency is known) and the target above.
 */
export function withLithiumRefiningTarget(d: Dataset): Dataset {
  d.flows.push({
    from: 'CN',
    to: 'DE',
    material: 'lithium',
    stage: 'REFINING',
    year: 2024,
    value: 1000,
    unit: 't Li',
    sources: ['src-trade'],
  });
  d.targets.push(LITHIUM_REFINING_TARGET);
  return d;
}
