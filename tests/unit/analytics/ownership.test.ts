import { describe, expect, it } from 'vitest';
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
  it('resolves a joint venture: the facility remainder is UNKNOWN, an intermediate company keeps its own remainder', () => {
    const o = ownershipOf(p, 'fac-jv');
    // fac-jv: co-a 0.4, co-b 0.35, unrecorded 0.25 → UNKNOWN (a plant's stakes are expected in full).
    // co-a: co-parent 0.6, unrecorded 0.4 stays with co-a itself.
    // co-b 0.35; co-parent 0.4·0.6 = 0.24; co-a 0.4·0.4 = 0.16; UNKNOWN 0.25.
    expect(o.converged).toBe(true);
    expect(o.ultimateOwners.map((x) => x.owner)).toEqual(['co-b', 'co-parent', 'co-a']);
    expect(o.ultimateOwners[0]!.share).toBeCloseTo(0.35, EXACT);
    expect(o.ultimateOwners[1]!.share).toBeCloseTo(0.24, EXACT);
    expect(o.ultimateOwners[2]!.share).toBeCloseTo(0.16, EXACT);
    expect(o.unknownShare).toBeCloseTo(0.25, EXACT);
    // The intermediate owner co-a holds 0.4 effectively.
    const coA = o.effectiveOwners.find((x) => x.owner === 'co-a')!;
    expect(coA.share).toBeCloseTo(0.4, EXACT);
    expect(coA.isUltimate).toBe(false);
    const all = resolved('fac-jv');
    expect(all['co-parent']).toBeCloseTo(0.24, EXACT);
    expect(all['co-a']).toBeCloseTo(0.16, EXACT);
    expect(all.UNKNOWN).toBeCloseTo(0.25, EXACT);
    expect(o.sources).toEqual(['src-fx']);
  });

  it('keeps a company residual with the company: Gotion-like, 25 % recorded holder, 75 % with the company itself', () => {
    const o = ownershipOf(p, 'fac-gotion');
    // fac-gotion 100 % co-gotion (CN); co-gotion 25 % co-vw (DE), the other 75 % unrecorded → co-gotion itself.
    expect(o.ultimateOwners).toEqual([
      { owner: 'co-gotion', share: 0.75 },
      { owner: 'co-vw', share: 0.25 },
    ]);
    expect(o.unknownShare).toBe(0);
    expect(o.byCountry).toEqual([
      { owner: 'CN', share: 0.75 },
      { owner: 'DE', share: 0.25 },
    ]);
    expect(resolved('fac-gotion')).toEqual({ 'co-gotion': 0.75, 'co-vw': 0.25 });
  });

  it('solves a cross-holding cycle as a linear system, not by enumerating paths', () => {
    const o = ownershipOf(p, 'fac-x');
    // x = co-x, y = co-y: x = 0.5y + 0.3·top + 0.2·X (co-x keeps its unrecorded 0.2); y = 0.4x + 0.6z.
    // x = 0.2x + 0.3z + 0.3top + 0.2X ⇒ x = 0.375z + 0.375top + 0.25X (fac-x is 100 % co-x).
    expect(o.converged).toBe(true);
    const by = Object.fromEntries(o.ultimateOwners.map((x) => [x.owner, x.share]));
    expect(by['co-z']).toBeCloseTo(0.375, EXACT);
    expect(by['co-top']).toBeCloseTo(0.375, EXACT);
    expect(by['co-x']).toBeCloseTo(0.25, EXACT);
    expect(o.unknownShare).toBeCloseTo(0, EXACT);
    // [A(I − A)⁻¹]: visits v_x = 1 + 0.4·v_y, v_y = 0.5·v_x ⇒ v_x = 1.25, v_y = 0.625.
    const eff = Object.fromEntries(o.effectiveOwners.map((x) => [x.owner, x.share]));
    expect(eff['co-x']).toBeCloseTo(1.25, EXACT);
    expect(eff['co-y']).toBeCloseTo(0.625, EXACT);
    // The all-entities Gauss–Seidel solver agrees, for the facility and for co-y (0.75z + 0.15top + 0.1X).
    const all = resolved('fac-x');
    expect(all['co-z']).toBeCloseTo(0.375, EXACT);
    expect(all['co-x']).toBeCloseTo(0.25, EXACT);
    const y = resolved('co-y');
    expect(y['co-z']).toBeCloseTo(0.75, EXACT);
    expect(y['co-top']).toBeCloseTo(0.15, EXACT);
    expect(y['co-x']).toBeCloseTo(0.1, EXACT);
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

describe('the controlling owner (SPEC 4.3)', () => {
  const control = (id: string) => {
    const o = ownershipOf(p, id);
    return { controller: o.controller, chain: o.controlChain };
  };

  it('follows the majority chain up to the last majority holder', () => {
    // fac-chain: co-c1 0.6 (majority) → co-c1's co-c2 0.7 → co-c2's co-c3 0.51 → co-c3's co-top only 0.5 (not > 50 %)
    expect(control('fac-chain')).toEqual({ controller: 'co-c3', chain: ['co-c1', 'co-c2', 'co-c3'] });
    // from a company, the chain starts with the company itself
    expect(control('co-c2')).toEqual({ controller: 'co-c3', chain: ['co-c2', 'co-c3'] });
  });

  it('steps from a facility without a majority owner to its largest recorded owner, ties by lowest id', () => {
    // fac-jv: co-a 0.4 > co-b 0.35 → co-a; co-a's co-parent 0.6 → co-parent
    expect(control('fac-jv')).toEqual({ controller: 'co-parent', chain: ['co-a', 'co-parent'] });
    // fac-tie: co-t2 0.3 = co-t1 0.3 > co-b 0.2 → co-t1 (lowest id), which has no owners
    expect(control('fac-tie')).toEqual({ controller: 'co-t1', chain: ['co-t1'] });
    // fac-trap: co-p 0.5 = co-b 0.5 → co-b
    expect(control('fac-trap')).toEqual({ controller: 'co-b', chain: ['co-b'] });
  });

  it('stops a majority cycle at the first repeat', () => {
    // fac-cyc 100 % co-m; co-n holds 0.6 of co-m, co-m holds 0.6 of co-n: co-m → co-n → (co-m again: stop)
    expect(control('fac-cyc')).toEqual({ controller: 'co-n', chain: ['co-m', 'co-n'] });
    expect(control('co-n')).toEqual({ controller: 'co-m', chain: ['co-n', 'co-m'] });
  });

  it('lets a company without a majority owner control itself, and a facility without owners be UNKNOWN', () => {
    // co-gotion: co-vw holds 0.25 only
    expect(control('co-gotion')).toEqual({ controller: 'co-gotion', chain: ['co-gotion'] });
    expect(control('fac-gotion')).toEqual({ controller: 'co-gotion', chain: ['co-gotion'] });
    expect(control('fac-orphan')).toEqual({ controller: null, chain: [] });
  });
});
