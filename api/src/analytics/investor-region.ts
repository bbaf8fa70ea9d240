/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import type { Stage } from '../dataset/types.js';
import { resolveOwnership } from './ownership.js';
import { STAGE_INDEX, STATUS_INDEX, capacityEntryAt, type Projection } from './projection.js';
import { AnalyticsInputError, UNKNOWN, materialOf, resolveScope } from './scope.js';
import { SourceCollector, type OriginShare } from './shares.js';

/** The material counted at a stage when none is given. */
export const DEFAULT_MATERIAL_OF_STAGE: Partial<Record<Stage, string>> = { CELL: 'cells', RECYCLING: 'black-mass' };

export interface InvestorRegionQuery {
  stage: Stage;
  year: number;
  /** Facilities located in this scope (default EU). */
  scope?: string;
  /** Default: `cells` at CELL, `black-mass` at RECYCLING; required at other stages. */
  material?: string;
}

export interface InvestorRegionResult {
  scope: string;
  material: string;
  unit: string;
  total: number;
  /** Capacity by the investor region of the ultimate owners' home countries (region id, or UNKNOWN), descending. */
  shares: OriginShare[];
  assumptions: string[];
  sources: string[];
}

/**
 * Who controls a scope's capacity: each facility's capacity (its latest row at or before the year; STOPPED and
 * CANCELLED facilities left out) split among its ultimate owners by effective share (SPEC 4.3) and summed by the
 * investor region of each owner's home country. Ownership nobody is recorded for is UNKNOWN.
 */
export function capacityByInvestorRegion(p: Projection, query: InvestorRegionQuery): InvestorRegionResult {
  const materialId = query.material ?? DEFAULT_MATERIAL_OF_STAGE[query.stage];
  if (!materialId)
    throw new AnalyticsInputError(
      `Give a material for stage ${query.stage} (capacities of different materials do not add up).`,
      'VALIDATION_FAILED',
    );
  const m = materialOf(p, materialId);
  const scope = resolveScope(p, query.scope ?? 'EU');
  const ownership = resolveOwnership(p);
  const sources = new SourceCollector();
  const byRegion = new Map<string, number>();
  const left = new Set([STATUS_INDEX.STOPPED, STATUS_INDEX.CANCELLED]);
  const nCompanies = p.companyIds.length;
  let total = 0;
  for (const f of p.facilitiesByStage[STAGE_INDEX[query.stage]]!) {
    if (!scope.mask[p.facilityCountry[f]!] || left.has(p.facilityStatus[f]!)) continue;
    const entry = capacityEntryAt(p, f, m, query.year);
    if (entry < 0 || p.capValue[entry] === 0) continue;
    const capacity = p.capValue[entry]!;
    total += capacity;
    sources.capacities.add(p.capRow[entry]!);
    for (let i = p.ownStart[nCompanies + f]!; i < p.ownStart[nCompanies + f + 1]!; i++)
      sources.ownership.add(p.ownRow[i]!);
    for (let i = ownership.ctrlStart[f]!; i < ownership.ctrlStart[f + 1]!; i++) {
      const origin = ownership.ctrlOrigin[i]!;
      const region = origin === p.unknownOrigin ? UNKNOWN : (p.countryRegion[origin] ?? UNKNOWN);
      byRegion.set(region, (byRegion.get(region) ?? 0) + capacity * ownership.ctrlShare[i]!);
    }
  }
  const shares = [...byRegion]
    .map(([origin, value]) => ({ origin, value, share: total > 0 ? value / total : 0 }))
    .sort((a, b) => b.value - a.value || (a.origin < b.origin ? -1 : 1));
  return {
    scope: scope.id,
    material: materialId,
    unit: p.materialUnit[m]!,
    total,
    shares,
    assumptions: [
      `${scope.description}; facilities located there, at ${query.stage}, ${materialId} capacity = the latest row at or before ${query.year}; STOPPED and CANCELLED facilities left out.`,
      "Each facility's capacity is split among its ultimate owners by effective share and summed by the investor region of each owner's home country; unrecorded ownership is UNKNOWN.",
    ],
    sources: sources.ids(p),
  };
}
