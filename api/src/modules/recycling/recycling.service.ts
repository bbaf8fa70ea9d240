import { gapsFor } from '../../analytics/gaps.js';
import type { ParameterInUse, RecyclingResult } from '../../analytics/recycling.js';
import {
  PARAMETER_KINDS,
  type GapRow,
  type ParameterKind,
  type ParameterSetting,
  type ScenarioRow,
  type SourceRow,
} from '../../dataset/types.js';
import { userError } from '../../errors.js';
import { buildProjection, type Projection } from '../../projection/projection.js';
import { recycling, recyclingBanEffect } from '../../projection/recycling.js';
import { applyScenario } from '../../projection/scenario.js';
import { AnalyticsInputError, resolveScope } from '../../projection/scope.js';
import { AnalyticsAccess, guard } from '../scenarios/analytics-access.js';
import type { DataGapRecord } from '../dependency/dependency.service.js';

export type RecyclingParameterRecord = Omit<ParameterInUse, 'sources'> & { sources: SourceRow[] };

/** The recycling figures as the API returns them. */
export type RecyclingRecord = Omit<RecyclingResult, 'parameters' | 'sources'> & {
  scenario: string | null;
  exportBan: boolean;
  keptByBan: number;
  parameters: RecyclingParameterRecord[];
  sources: SourceRow[];
  gaps: DataGapRecord[];
  baseline: RecyclingRecord | null;
};

export interface RecyclingArgs {
  scope: string;
  year: number;
  scenario?: string | null | undefined;
  exportBan?: boolean | null | undefined;
  parameters?:
    | readonly {
        kind: string;
        material?: string | null | undefined;
        chemistry?: string | null | undefined;
        value: number;
      }[]
    | null
    | undefined;
}

const BAN = { blackMassExportBan: true } as const;
const isBan = (o: ScenarioRow['overrides'][number]) => 'blackMassExportBan' in o;

/** Projections of stored data with a scenario's overrides (and the ban) applied, per base projection. */
const applied = new WeakMap<Projection, Map<string, { projection: Projection; notes: string[] }>>();

function withOverrides(base: Projection, scenario: ScenarioRow): { projection: Projection; notes: string[] } {
  let memo = applied.get(base);
  if (!memo) applied.set(base, (memo = new Map()));
  const key = JSON.stringify(scenario);
  let hit = memo.get(key);
  if (!hit) {
    const { dataset, notes } = applyScenario(base.dataset, scenario);
    hit = { projection: buildProjection(dataset), notes };
    const oldest = memo.keys().next();
    if (memo.size >= 8 && oldest.done !== true) memo.delete(oldest.value);
    memo.set(key, hit);
  }
  return hit;
}

/**
 * The recycling analytics on the projection (SPEC 4.7): the stored data, or a scenario (one mechanism: the scenario
 * code of the projection door), with the export ban added on request, side by side with the stored data.
 */
export class RecyclingService {
  constructor(private readonly access: AnalyticsAccess) {}

  async recycling(args: RecyclingArgs): Promise<RecyclingRecord> {
    if (!Number.isInteger(args.year) || args.year < 1950 || args.year > 2100)
      throw userError('VALIDATION_FAILED', `"year" must be a year from 1950 to 2100; got ${args.year}.`);
    const settings = parameterSettings(args.parameters ?? []);
    const { base } = await this.access.projections(null);
    const p = base.projection;
    await guard(() => resolveScope(p, args.scope));
    let scenario: ScenarioRow | null = null;
    if (args.scenario) {
      scenario = p.dataset.scenarios.find((s) => s.id === args.scenario) ?? null;
      if (!scenario)
        throw userError(
          'NOT_FOUND',
          `Unknown scenario "${args.scenario}": use one of ${p.dataset.scenarios.map((s) => s.id).join(', ') || '(none stored)'}.`,
        );
    }
    const overrides = [...(scenario?.overrides ?? []), ...(args.exportBan ? [BAN] : [])];
    const banned = overrides.some(isBan);
    const query = { scope: args.scope, year: args.year, parameters: settings, baseParameters: p.dataset.parameters };
    const run = (
      projection: Projection,
      scenarioId: string | null,
      notes: readonly string[],
      keptByBan: number,
      extraNotes: readonly string[] = [],
    ) =>
      toRecord(projection, recycling(projection, query), {
        scenario: scenarioId,
        exportBan: banned && scenarioId !== null ? true : false,
        keptByBan,
        notes: [...notes, ...extraNotes],
      });
    const baseline = await guard(() => run(p, null, [], 0));
    if (overrides.length === 0) return baseline;

    const composite: ScenarioRow = {
      id: scenario?.id ?? 'export-ban',
      name: scenario?.name ?? 'Black-mass export ban',
      overrides,
    };
    const withAll = withOverrides(p, composite);
    let kept = 0;
    let banNotes: string[] = [];
    if (banned) {
      const rest = overrides.filter((o) => !isBan(o));
      const withoutBan = rest.length === 0 ? p : withOverrides(p, { ...composite, overrides: rest }).projection;
      const { effect } = await guard(() => recyclingBanEffect(withoutBan, withAll.projection, query));
      kept = effect.keptByBan;
      banNotes = effect.notes;
    }
    const result = await guard(() => run(withAll.projection, scenario?.id ?? null, withAll.notes, kept, banNotes));
    return { ...result, exportBan: banned, baseline };
  }
}

function toRecord(
  p: Projection,
  r: RecyclingResult,
  extra: { scenario: string | null; exportBan: boolean; keptByBan: number; notes: readonly string[] },
): RecyclingRecord {
  const scope = resolveScope(p, r.scope);
  const gaps: GapRow[] = gapsFor(p, { material: 'black-mass', stage: 'RECYCLING', scope, year: r.year });
  return {
    ...r,
    scenario: extra.scenario,
    exportBan: extra.exportBan,
    keptByBan: extra.keptByBan,
    notes: [...r.notes, ...extra.notes],
    parameters: r.parameters.map((x) => ({ ...x, sources: AnalyticsAccess.sources(p, x.sources) })),
    sources: AnalyticsAccess.sources(p, r.sources),
    gaps: gaps.map((g) => ({
      ...g,
      incomplete: g.incomplete === true,
      sources: AnalyticsAccess.sources(p, g.sources ?? []),
    })),
    baseline: null,
  };
}

/** The query's parameters as settings; a kind outside the model is a validation error with its path. */
function parameterSettings(list: NonNullable<RecyclingArgs['parameters']>): ParameterSetting[] {
  return list.map((x, i) => {
    if (!(PARAMETER_KINDS as readonly string[]).includes(x.kind))
      throw userError(
        'VALIDATION_FAILED',
        `parameters[${i}].kind: must be one of ${PARAMETER_KINDS.join(', ')}; got "${x.kind}".`,
      );
    return {
      kind: x.kind as ParameterKind,
      value: x.value,
      ...(x.material ? { material: x.material } : {}),
      ...(x.chemistry ? { chemistry: x.chemistry } : {}),
    };
  });
}

export { AnalyticsInputError };
