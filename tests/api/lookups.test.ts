import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../api/src/dataset/types.js';
import { openEmbeddedStore } from '../../api/src/store/embedded/embedded-store.js';
import { StoreUnavailableError, type GraphStore } from '../../api/src/store/graph-store.js';
import { fixture } from '../helpers.js';
import { EDITOR_TOKEN, apiFor, apiOn, countingStore } from './harness.js';

interface FacilityPage {
  facilities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string } }[];
  };
}

const PAGE = /* GraphQL */ `
  query Page($filter: FacilityFilter, $first: Int, $after: String) {
    facilities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe('lookups through GraphQL', () => {
  it('pages through facilities with cursors until the last page', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof query<FacilityPage>>> = await query<FacilityPage>(PAGE, { first: 2, after });
      const page = res.data!.facilities;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'cell-alpha-berlin',
      'cell-beta-debrecen',
      'cell-gamma-dresden',
      'mine-beta-yichun',
      'ref-alpha-lithium',
    ]);
  });

  it('filters facilities by region, status and material together', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const res = await query<FacilityPage>(PAGE, {
      filter: { region: ['EU'], status: ['OPERATING', 'RAMP_UP'], material: ['lithium'] },
    });
    expect(res.data!.facilities.edges.map((e) => e.node.id)).toEqual(['ref-alpha-lithium']);
    expect(res.data!.facilities.totalCount).toBe(1);
  });

  it('rejects a page size out of range with VALIDATION_FAILED', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const res = await query(PAGE, { first: 5000 });
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toContain('"first" must be a whole number from 1 to 500');
  });

  it('returns a facility with its country, operator, owners, capacities and sources', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const res = await query<{ facility: Record<string, unknown> }>(`{
      facility(id: "cell-alpha-berlin") {
        name status statusDate chemistry processStep
        country { id name regions { id } }
        operator { name owners { owner { id country { id } } share } }
        owners { owner { id } share sources { title publisher year url } }
        capacities { material { id unit } year value unit kind }
        sources { id }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.facility).toEqual({
      name: 'Alpha Berlin cell plant',
      status: 'OPERATING',
      statusDate: '2025-06',
      chemistry: 'NMC',
      processStep: 'cell',
      country: { id: 'DE', name: 'Germany', regions: [{ id: 'EU' }] },
      operator: {
        name: 'Alpha Batteries',
        owners: [
          { owner: { id: 'co-beta', country: { id: 'CN' } }, share: 0.2 },
          { owner: { id: 'co-gamma', country: { id: 'KR' } }, share: 0.3 },
        ],
      },
      owners: [
        {
          owner: { id: 'co-alpha' },
          share: 1,
          sources: [{ title: 'Source A', publisher: 'Publisher A', year: 2025, url: 'https://example.org/a' }],
        },
      ],
      capacities: [
        { material: { id: 'cells', unit: 'GWh' }, year: 2024, value: 10, unit: 'GWh', kind: 'INSTALLED' },
        { material: { id: 'cells', unit: 'GWh' }, year: 2030, value: 40, unit: 'GWh', kind: 'PLANNED' },
      ],
      sources: [{ id: 'src-a' }],
    });
    const missing = await query<{ facility: null }>('{ facility(id: "nope") { id } }');
    expect(missing.data!.facility).toBeNull();
  });

  it('answers type-ahead search and the subgraph for the viewer', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const res = await query<{
      search: { id: string; kind: string }[];
      subgraph: {
        nodes: { id: string; label: string; type: string }[];
        edges: { type: string; source: string; target: string; data: { share?: number } }[];
      };
    }>(`{
      search(text: "alph", first: 3) { id kind }
      subgraph(ids: ["co-alpha"], depth: 1) { nodes { id label type } edges { type source target data } truncated }
    }`);
    expect(res.data!.search.map((h) => h.id)).toEqual(expect.arrayContaining(['co-alpha', 'cell-alpha-berlin']));
    const owns = res.data!.subgraph.edges.filter((e) => e.type === 'OWNS' && e.target === 'co-alpha');
    expect(owns.map((e) => [e.source, e.data.share])).toEqual([
      ['co-beta', 0.2],
      ['co-gamma', 0.3],
    ]);
    expect(res.data!.subgraph.nodes.find((n) => n.id === 'ref-alpha-lithium')).toEqual({
      id: 'ref-alpha-lithium',
      label: 'Facility',
      type: 'REFINERY',
    });
  });

  it('costs a constant number of store calls for a page of facilities with owners, countries and sources', async () => {
    const callsFor = async (n: number) => {
      const big = fixture('small.json');
      big.facilities = Array.from({ length: n }, (_, i) => ({
        ...big.facilities[i % 5]!,
        id: `fac-${String(i).padStart(4, '0')}`,
      }));
      big.ownership = big.facilities.map((f, i) => ({
        owner: ['co-alpha', 'co-beta', 'co-gamma'][i % 3]!,
        owned: f.id,
        share: 0.5,
        sources: ['src-a'],
      }));
      big.capacities = [];
      big.flows = [];
      const { store, calls } = countingStore(await openEmbeddedStore({ seed: big }));
      const res = await apiFor(store)(
        `{ facilities(first: ${n}) { edges { node { id country { name } owners { owner { name } share } sources { title } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect((res.data as { facilities: { edges: unknown[] } }).facilities.edges).toHaveLength(n);
      return Object.fromEntries(calls);
    };
    const ten = await callsFor(10);
    const hundred = await callsFor(100);
    expect(hundred).toEqual(ten);
    // findFacilities once; ownersOf once; getEntities once per level (countries + sources, owners). Depth 6 is the
    // API's limit, so the owners' countries (a third level) are not asked for.
    expect(hundred).toEqual({ findFacilities: 1, ownersOf: 1, getEntities: 2 });
  });

  it('maps an unreachable store to STORE_UNAVAILABLE and masks unexpected errors', async () => {
    const failing = (error: Error): GraphStore =>
      new Proxy({} as GraphStore, { get: () => () => Promise.reject(error) });
    const down = await apiFor(failing(new StoreUnavailableError('connection refused')))('{ materials { id } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toContain('connection refused');
    const bug = await apiFor(failing(new Error('secret internal detail')))('{ materials { id } }');
    expect(bug.errors?.[0]?.message).toBe('Unexpected error.');
  });

  it('rejects queries nested beyond the depth limit', async () => {
    const { query } = await apiOn(fixture('small.json'));
    // 8 levels of owners { owner { … } } = 17 levels deep; the limit is 12.
    const deep = `{ company(id: "co-alpha") { ${'owners { owner { '.repeat(8)}name${' } }'.repeat(8)} } }`;
    const res = await query(deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe('importDataset', () => {
  const IMPORT =
    'mutation Import($document: JSON!, $replace: Boolean) { importDataset(document: $document, replace: $replace) { ok errors { path value message } counts } }';
  interface ImportResponse {
    importDataset: {
      ok: boolean;
      errors: { path: string; value: string | null; message: string }[];
      counts: Record<string, number> | null;
    };
  }

  it('needs the editor token', async () => {
    const { query } = await apiOn(fixture('small.json'));
    for (const token of [undefined, 'wrong-token']) {
      const res = await query(IMPORT, { document: { version: 1 } }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('returns every bad row as data and writes nothing', async () => {
    const { store, query } = await apiOn(fixture('small.json'));
    const before = await store.dataVersion();
    const doc = {
      version: 1,
      facilities: [
        { ...fixture('small.json').facilities[0]!, country: 'XX', status: 'PAUSED' },
        { ...fixture('small.json').facilities[1]!, operator: 'co-ghost' },
      ],
    };
    const res = await query<ImportResponse>(IMPORT, { document: doc }, EDITOR_TOKEN);
    expect(res.data!.importDataset).toEqual({
      ok: false,
      counts: null,
      errors: [
        { path: '/facilities/0/country', value: 'XX', message: 'unknown country id "XX"' },
        { path: '/facilities/1/operator', value: 'co-ghost', message: 'unknown company id "co-ghost"' },
      ],
    });
    expect(await store.dataVersion()).toBe(before);
    const entity = (await store.getEntities(['cell-alpha-berlin'])).get('cell-alpha-berlin');
    expect(entity?.kind === 'facility' && entity.row.status).toBe('OPERATING');
  });

  it('upserts a valid document, and replace swaps the dataset; export returns it', async () => {
    const { query } = await apiOn(fixture('small.json'));
    const patch = { version: 1, facilities: [{ ...fixture('small.json').facilities[0]!, status: 'PAUSED' }] };
    const res = await query<ImportResponse>(IMPORT, { document: patch }, EDITOR_TOKEN);
    expect(res.data!.importDataset).toMatchObject({ ok: true, errors: [], counts: { facilities: 1, sources: 0 } });
    const after = await query<{ facility: { status: string }; facilities: { totalCount: number } }>(
      '{ facility(id: "cell-alpha-berlin") { status } facilities { totalCount } }',
    );
    expect(after.data).toEqual({ facility: { status: 'PAUSED' }, facilities: { totalCount: 5 } });

    const small: Dataset = fixture('small.json');
    const replaced = await query<ImportResponse>(
      IMPORT,
      {
        document: {
          ...small,
          facilities: [small.facilities[4]],
          capacities: [small.capacities[4]],
          ownership: [],
          flows: [],
        },
        replace: true,
      },
      EDITOR_TOKEN,
    );
    expect(replaced.data!.importDataset.ok).toBe(true);
    const exported = await query<{ exportDataset: Dataset }>('{ exportDataset }');
    expect(exported.data!.exportDataset.facilities.map((f) => f.id)).toEqual(['mine-beta-yichun']);
  });
});
