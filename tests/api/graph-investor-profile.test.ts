import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { apiOn } from './harness.js';

interface Node {
  id: string;
  label: string;
  data: {
    country?: string;
    controller?: string | null;
    controllerRegion?: string;
    investorRegions?: { origin: string; share: number }[];
  };
}

const SUBGRAPH = /* GraphQL */ `
  query ($ids: [ID!]!) {
    subgraph(ids: $ids, depth: 1) {
      nodes {
        id
        label
        data
      }
    }
  }
`;

describe('colour by investor region colours by the plant location, not its owners (issue 12)', () => {
  it("subgraph node data carries each plant's and company's controller and region from the ownership analytics", async () => {
    const { query } = await apiOn(fixture('web.json'));
    const res = await query<{ subgraph: { nodes: Node[] } }>(SUBGRAPH, {
      ids: ['co-catl', 'cell-gotion-goettingen', 'mine-greenbushes', 'co-acc'],
    });
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.subgraph.nodes.map((n) => [n.id, n]));

    // CATL owns Arnstadt (DE) and Debrecen (HU) 100 %: located in the EU, controlled from China.
    for (const id of ['cell-catl-arnstadt', 'cell-catl-debrecen']) {
      const plant = byId.get(id)!;
      expect(plant.data.country === 'DE' || plant.data.country === 'HU').toBe(true);
      expect(plant.data.controller).toBe('co-catl');
      expect(plant.data.controllerRegion).toBe('CHINA');
      expect(plant.data.investorRegions).toEqual([{ origin: 'CHINA', share: 1 }]);
    }
    // Gotion Göttingen (DE): Gotion 100 %, Gotion 26 % VW (DE) → controller Gotion (no majority above it),
    // effective split CHINA 1 − 0.26 = 0.74, EU 0.26.
    const gotion = byId.get('cell-gotion-goettingen')!;
    expect(gotion.data.controller).toBe('co-gotion');
    expect(gotion.data.controllerRegion).toBe('CHINA');
    expect(gotion.data.investorRegions!.map((r) => r.origin)).toEqual(['CHINA', 'EU']);
    expect(gotion.data.investorRegions![0]!.share).toBeCloseTo(0.74, 12);
    expect(gotion.data.investorRegions![1]!.share).toBeCloseTo(0.26, 12);
    // Greenbushes (AU): Tianqi (CN) 51 %, Albemarle (US) 49 % → controlled from China, 0.51 / 0.49.
    const greenbushes = byId.get('mine-greenbushes')!;
    expect(greenbushes.data.controller).toBe('co-tianqi');
    expect(greenbushes.data.controllerRegion).toBe('CHINA');
    expect(greenbushes.data.investorRegions).toEqual([
      { origin: 'CHINA', share: 0.51 },
      { origin: 'NORTH-AMERICA', share: 0.49 },
    ]);
    // ACC: Stellantis 0.33 + Mercedes 0.33 + Total 0.34, none a majority → ACC controls itself (FR, EU).
    const acc = byId.get('co-acc')!;
    expect(acc.data.controller).toBe('co-acc');
    expect(acc.data.controllerRegion).toBe('EU');
    // A country node has no investor profile.
    expect(byId.get('CN')!.data.controllerRegion).toBeUndefined();
  });

  it('the subgraph profile and the ownership explorer give the same controller and region (one rule)', async () => {
    const { query } = await apiOn(fixture('web.json'));
    const res = await query<{
      subgraph: { nodes: Node[] };
      investorRegions: {
        facilities: { facility: { id: string }; controller: { id: string } | null; controllerRegion: string }[];
      };
    }>(
      `query ($ids: [ID!]!) {
        subgraph(ids: $ids, depth: 1) { nodes { id label data } }
        investorRegions(stage: CELL, year: 2024, scope: "EU") { facilities { facility { id } controller { id } controllerRegion } }
      }`,
      { ids: ['cells'] },
    );
    expect(res.errors).toBeUndefined();
    const nodes = new Map(res.data!.subgraph.nodes.map((n) => [n.id, n]));
    const facilities = res.data!.investorRegions.facilities;
    expect(facilities.length).toBeGreaterThan(2);
    for (const row of facilities) {
      const node = nodes.get(row.facility.id);
      if (!node) continue;
      expect(node.data.controller ?? null).toBe(row.controller?.id ?? null);
      expect(node.data.controllerRegion).toBe(row.controllerRegion);
    }
    expect(facilities.filter((row) => nodes.has(row.facility.id)).length).toBeGreaterThan(2);
  });
});
