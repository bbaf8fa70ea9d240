import { describe, expect, it } from 'vitest';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { dependency } from '../../../api/src/analytics/shares.js';
import { evaluateTargets } from '../../../api/src/analytics/targets.js';
import { EXACT, analyticsDataset } from './load.js';

const data = analyticsDataset('targets.json');
const scenario = (id: string) => {
  const applied = applyScenario(
    data,
    data.scenarios.find((s) => s.id === id)!,
  );
  return { ...applied, projection: buildProjection(applied.dataset) };
};

describe('scenarios (SPEC 4.6)', () => {
  it('changes a facility status for the query only', () => {
    const { projection, notes } = scenario('scn-pl-operating');
    const e = evaluateTargets(projection, { targets: ['tgt-met50'] })[0]!;
    // ref-pl-planned counts 1 × 400 instead of 0.25 × 400: non-dominant 677.5 + 300 = 977.5; P = 22.5/1000
    expect(e.projectedShare).toBeCloseTo(0.0225, EXACT);
    expect(notes.join(' ')).toContain('status OPERATING');
    // the dataset passed in is unchanged
    expect(data.facilities.find((f) => f.id === 'ref-pl-planned')!.status).toBe('PLANNED');
  });

  it('cuts an origin exports to other countries by the fraction', () => {
    const { projection } = scenario('scn-cn-cut');
    const d = dependency(projection, { scope: 'EU', material: 'lithium', stage: 'REFINING', year: 2024 });
    // CN→DE 800 × (1 − 0.5) = 400; total 100 + 400 + 100 = 600; CN share 400/600
    expect(d.total).toBeCloseTo(600, EXACT);
    expect(d.topThirdCountry?.share).toBeCloseTo(2 / 3, EXACT);
  });

  it('removes black-mass flows from EU countries to non-OECD countries under the export ban', () => {
    const { dataset } = scenario('scn-ban');
    const bm = dataset.flows.filter((f) => f.material === 'black-mass').map((f) => `${f.from}>${f.to}`);
    // DE→CN removed (EU to non-OECD); DE→KR kept (OECD); KR→CN kept (not from the EU)
    expect(bm).toEqual(['DE>KR', 'KR>CN']);
  });
});
