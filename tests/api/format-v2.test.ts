import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../api/src/dataset/types.js';
import { validateDataset } from '../../api/src/dataset/validate.js';
import { fixture } from '../helpers.js';
import { EDITOR_TOKEN, apiOn } from './harness.js';

const FACILITY = /* GraphQL */ `
  query Facility($id: ID!) {
    facility(id: $id) {
      statusHistory {
        date
        status
        reason
        sources {
          id
        }
      }
      designations {
        kind
        date
        notes
        sources {
          id
        }
      }
      capacities {
        year
        basis
        kind
      }
      owners {
        owner {
          id
        }
        asOf
      }
    }
  }
`;

interface FacilityResult {
  facility: {
    statusHistory: { date: string; status: string; reason: string | null; sources: { id: string }[] }[];
    designations: { kind: string; date: string; notes: string | null; sources: { id: string }[] }[];
    capacities: { year: number; basis: string; kind: string }[];
    owners: { owner: { id: string }; asOf: string | null }[];
  } | null;
}

function contract(): Dataset {
  const result = validateDataset(fixture('contract.json'));
  if (!result.ok) throw new Error('contract fixture is invalid');
  return result.dataset;
}

describe('format version 2 through GraphQL', () => {
  it('serves a facility status history, designations, capacity basis and ownership asOf', async () => {
    const { query } = await apiOn(contract());
    const res = await query<FacilityResult>(FACILITY, { id: 'cell-alpha-berlin' });
    expect(res.errors).toBeUndefined();
    const f = res.data!.facility!;
    expect(f.statusHistory).toEqual([
      { date: '2021', status: 'UNDER_CONSTRUCTION', reason: null, sources: [{ id: 'src-report' }] },
      { date: '2023-06', status: 'RAMP_UP', reason: 'first cells shipped', sources: [{ id: 'src-report' }] },
      { date: '2025-03-01', status: 'OPERATING', reason: null, sources: [{ id: 'src-report' }] },
    ]);
    expect(f.designations).toEqual([
      { kind: 'IPCEI', date: '2021-01', notes: 'European Battery Innovation', sources: [{ id: 'src-report' }] },
    ]);
    // The deprecated `kind` still answers: ANNOUNCED reads as PLANNED.
    expect(f.capacities.map((c) => [c.year, c.basis, c.kind])).toEqual([
      [2024, 'INSTALLED', 'INSTALLED'],
      [2030, 'ANNOUNCED', 'PLANNED'],
    ]);
    const other = await query<FacilityResult>(FACILITY, { id: 'cell-beta-debrecen' });
    expect(other.data!.facility!.statusHistory).toEqual([]);
    expect(other.data!.facility!.designations).toEqual([]);
  });

  it('imports a version-1 document and exports it as version 2', async () => {
    const { query } = await apiOn(contract());
    const v1 = {
      version: 1,
      capacities: [
        {
          facility: 'cell-beta-debrecen',
          material: 'cells',
          year: 2031,
          value: 5,
          unit: 'GWh',
          kind: 'PLANNED',
          sources: ['src-report'],
        },
      ],
    };
    const imported = await query<{ importDataset: { ok: boolean } }>(
      'mutation ($d: JSON!) { importDataset(document: $d) { ok errors { path message } } }',
      { d: v1 },
      EDITOR_TOKEN,
    );
    expect(imported.data?.importDataset.ok).toBe(true);
    const exported = await query<{ exportDataset: Dataset }>('{ exportDataset }');
    const dataset = exported.data!.exportDataset;
    expect(dataset.version).toBe(2);
    // Sorted: the Neo4j store exports rows by key, the embedded store in document order.
    expect(dataset.gaps.map((g) => g.id).sort()).toEqual(['gap-black-mass-flows', 'gap-eu-lithium-refining']);
    expect(dataset.capacities.find((c) => c.year === 2031)).toMatchObject({ basis: 'ANNOUNCED' });
    expect(dataset.capacities.some((c) => 'kind' in c)).toBe(false);
    expect(validateDataset(dataset).ok).toBe(true);
  });
});
