import { describe, expect, it } from 'vitest';
import { capacityByInvestorRegion } from '../../../api/src/analytics/investor-region.js';
import { ownershipOf, resolveOwnership } from '../../../api/src/analytics/ownership.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('ownership.json');

/** Ultimate owners of an entity from the all-entities solver, as {owner: share} with UNKNOWN. */
function resolved(id: string): Record<string, number> {
  const r = resolveOwnership(p);
  const e = p.companyIndex.get(id) ?? p.companyIds.length + p.facilityIndex.get(id)!;
  const out: Record<string, number> = {};
  for (let i = r.ultStart[e]!; i < r.ultStart[e + 1]!; i++)
    out[r.ultOwner[i]! < 0 ? 'UNKNOWN' : p.companyIds[r.ultOwner[i]!]!] = r.ultShare[i]!;
  return out;
}

describe('effective ownership (SPEC 4.3)', () => {
  it('resolves a joint venture with an unknown remainder through an intermediate owner', () => {
    const o = ownershipOf(p, 'fac-jv');
    // fac-jv: co-a 0.4, co-b 0.35, unrecorded 0.25. co-a: co-parent 0.6, unrecorded 0.4.
    // co-parent 0.4·0.6 = 0.24; co-b 0.35; UNKNOWN 0.25 + 0.4·0.4 = 0.41.
    expect(o.converged).toBe(true);
    expect(o.ultimateOwners.map((x) => x.owner)).toEqual(['co-b', 'co-parent']);
    expect(o.ultimateOwners[0]!.share).toBeCloseTo(0.35, EXACT);
    expect(o.ultimateOwners[1]!.share).toBeCloseTo(0.24, EXACT);
    expect(o.unknownShare).toBeCloseTo(0.41, EXACT);
    // The intermediate owner co-a holds 0.4 effectively.
    const coA = o.effectiveOwners.find((x) => x.owner === 'co-a')!;
    expect(coA.share).toBeCloseTo(0.4, EXACT);
    expect(coA.isUltimate).toBe(false);
    const all = resolved('fac-jv');
    expect(all['co-parent']).toBeCloseTo(0.24, EXACT);
    expect(all.UNKNOWN).toBeCloseTo(0.41, EXACT);
    expect(o.sources).toEqual(['src-fx']);
  });

  it('solves a cross-holding cycle as a linear system, not by enumerating paths', () => {
    const o = ownershipOf(p, 'fac-x');
    // x = co-x, y = co-y: x = 0.5y + 0.3·top + 0.2·U; y = 0.4x + 0.6z.
    // x = 0.2x + 0.3z + 0.3top + 0.2U ⇒ x = 0.375z + 0.375top + 0.25U (fac-x is 100 % co-x).
    expect(o.converged).toBe(true);
    const by = Object.fromEntries(o.ultimateOwners.map((x) => [x.owner, x.share]));
    expect(by['co-z']).toBeCloseTo(0.375, EXACT);
    expect(by['co-top']).toBeCloseTo(0.375, EXACT);
    expect(o.unknownShare).toBeCloseTo(0.25, EXACT);
    // [A(I − A)⁻¹]: visits v_x = 1 + 0.4·v_y, v_y = 0.5·v_x ⇒ v_x = 1.25, v_y = 0.625.
    const eff = Object.fromEntries(o.effectiveOwners.map((x) => [x.owner, x.share]));
    expect(eff['co-x']).toBeCloseTo(1.25, EXACT);
    expect(eff['co-y']).toBeCloseTo(0.625, EXACT);
    // The all-entities Gauss–Seidel solver agrees, for the facility and for co-y (0.75z + 0.15top + 0.1U).
    const all = resolved('fac-x');
    expect(all['co-z']).toBeCloseTo(0.375, EXACT);
    expect(all.UNKNOWN).toBeCloseTo(0.25, EXACT);
    const y = resolved('co-y');
    expect(y['co-z']).toBeCloseTo(0.75, EXACT);
    expect(y['co-top']).toBeCloseTo(0.15, EXACT);
    expect(y.UNKNOWN).toBeCloseTo(0.1, EXACT);
    expect(resolveOwnership(p).nonConverged).toEqual([]);
  });

  it('reports non-convergence for a 100 % ownership circle and counts the trapped share UNKNOWN', () => {
    const o = ownershipOf(p, 'fac-trap', { maxIterations: 200 });
    // co-p and co-q own each other 100 %: half of fac-trap circulates for ever; co-b holds the other half.
    expect(o.converged).toBe(false);
    expect(o.iterations).toBe(200);
    expect(o.ultimateOwners).toEqual([{ owner: 'co-b', share: 0.5 }]);
    expect(o.unknownShare).toBeCloseTo(0.5, EXACT);
    expect(o.assumptions.join(' ')).toMatch(/Did not converge/);
    expect(resolved('fac-trap').UNKNOWN).toBeCloseTo(0.5, EXACT);
    expect(resolveOwnership(p).trapped).toEqual(['co-p', 'co-q']);
  });

  it('makes a company with no owners its own ultimate owner and a facility with no owners wholly UNKNOWN', () => {
    expect(ownershipOf(p, 'co-b').ultimateOwners).toEqual([{ owner: 'co-b', share: 1 }]);
    const orphan = ownershipOf(p, 'fac-orphan');
    expect(orphan.ultimateOwners).toEqual([]);
    expect(orphan.unknownShare).toBe(1);
    expect(() => ownershipOf(p, 'nobody')).toThrow(/neither a company nor a facility/);
  });
});

describe('capacity by investor region', () => {
  it('splits a scope capacity by the region of the ultimate owners', () => {
    const control = analyticsProjection('control.json');
    const r = capacityByInvestorRegion(control, { stage: 'CELL', year: 2024, scope: 'EU' });
    // EU cell plants: cell-de-jv 50 (KOREA 25, EU 15, UNKNOWN 10), cell-hu-a 60 (CHINA 60): total 110
    expect(r.total).toBeCloseTo(110, EXACT);
    expect(r.shares.map((s) => [s.origin, Number(s.value.toFixed(9))])).toEqual([
      ['CHINA', 60],
      ['KOREA', 25],
      ['EU', 15],
      ['UNKNOWN', 10],
    ]);
    expect(r.shares[0]!.share).toBeCloseTo(60 / 110, EXACT);
  });
});
