/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CapacityBasis =
  /** A plan for that year; not supply of that year. */
  | 'ANNOUNCED'
  /** Built and usable from that year (nameplate). */
  | 'INSTALLED';

/** What kind of entity an id names. */
export type EntityKind =
  | 'company'
  | 'country'
  | 'facility'
  | 'material'
  | 'region'
  | 'scenario'
  | 'source'
  | 'target';

/** What a figure rests on (SPEC 4.1). */
export type Evidence =
  /** Between: partly statistics, partly plant capacity standing in. */
  | 'MIXED'
  /** No supply recorded at all: there is no figure (never read it as 0 %). */
  | 'NONE'
  /** Coverage < 0.1: a plant-register estimate (facility capacity standing in for missing statistics). */
  | 'REGISTER'
  /** Coverage ≥ 0.9: production statistics and recorded flows. */
  | 'STATISTICS';

export type FacilityFilter = {
  /** ISO country ids. */
  country?: Array<string | number> | null | undefined;
  /** Material ids: the facility has capacity for one of them. */
  material?: Array<string | number> | null | undefined;
  /** Region ids (EU, CHINA, …): the facility's country is in one of them. */
  region?: Array<string | number> | null | undefined;
  stage?: Array<Stage> | null | undefined;
  status?: Array<FacilityStatus> | null | undefined;
  /** Case-insensitive part of the name, id or an alias. */
  text?: string | null | undefined;
  type?: Array<FacilityType> | null | undefined;
};

export type FacilityStatus =
  | 'CANCELLED'
  | 'OPERATING'
  | 'PAUSED'
  | 'PLANNED'
  | 'RAMP_UP'
  | 'STOPPED'
  | 'UNDER_CONSTRUCTION';

export type FacilityType =
  | 'CELL_PLANT'
  | 'COMPONENT_PLANT'
  | 'MINE'
  | 'RECYCLER'
  | 'REFINERY';

/** How capacity is attributed to investor regions. */
export type InvestorBasis =
  /** Wholly to the controlling owner's region (who decides). */
  | 'CONTROLLER'
  /** Split by effective ultimate ownership (who holds the economic interest). */
  | 'EFFECTIVE';

/** A recycling parameter to use for one query (replaces the data's and the scenario's value of that kind, material and chemistry). */
export type RecyclingParameterInput = {
  /** As in a facility's chemistry (NMC, LFP …); absent = mixed / any. */
  chemistry?: string | null | undefined;
  /** BLACK_MASS_YIELD, BLACK_MASS_CONTENT, RECOVERY_EFFICIENCY or MATERIAL_INTENSITY. */
  kind: string;
  /** The metal (every kind but BLACK_MASS_YIELD). */
  material?: string | number | null | undefined;
  /** In the kind's unit: t/t (yield, content), fraction (efficiency), t/GWh (intensity). */
  value: number;
};

/** How a report column's values are written: the web formats and exports every cell by it. */
export type ReportColumnType =
  /** A date as recorded: YYYY, YYYY-MM or YYYY-MM-DD. */
  | 'DATE'
  /** A quantity in the column's unit (null = not known; never written as 0). */
  | 'NUMBER'
  /** A fraction 0–1, shown as a percentage. */
  | 'SHARE'
  /** A facility status (OPERATING … CANCELLED). */
  | 'STATUS'
  /** Free text. */
  | 'TEXT'
  /** A calendar year. */
  | 'YEAR';

/** A scenario to store: the whole row (an update replaces the stored scenario whole). */
export type ScenarioInput = {
  description?: string | null | undefined;
  /** Unique across every kind of row (a facility, company, … id cannot be reused). */
  id: string | number;
  name: string;
  notes?: string | null | undefined;
  /** A list of overrides (see Scenario.overrides). */
  overrides: unknown;
};

/** Stages of the value chain, in order. */
export type Stage =
  | 'CELL'
  | 'COMPONENT'
  | 'EXTRACTION'
  | 'RECYCLING'
  | 'REFINING';

/** How much of a project's capacity counts, by status (0–1). */
export type StatusWeightsInput = {
  CANCELLED?: number | null | undefined;
  OPERATING?: number | null | undefined;
  PAUSED?: number | null | undefined;
  PLANNED?: number | null | undefined;
  RAMP_UP?: number | null | undefined;
  STOPPED?: number | null | undefined;
  UNDER_CONSTRUCTION?: number | null | undefined;
};

export type TargetKind =
  | 'MAX_SINGLE_COUNTRY_SHARE'
  | 'MIN_DOMESTIC_SHARE'
  | 'RECOVERY_RATE'
  | 'RECYCLED_CONTENT'
  | 'SINGLE_COUNTRY_REDUCTION';

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: EntityKind, name: string, matched: string, score: number }> };

export type DependencyMatrixQueryVariables = Exact<{
  year: number;
  scope?: string | number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type DependencyMatrixQuery = { location: Array<{ material: string, stage: Stage, dependency: { total: number, unit: string, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null } | null, topThirdCountry: { origin: string, share: number } | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }> } }>, control: Array<{ material: string, stage: Stage, dependency: { total: number, unit: string, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null } | null, topThirdCountry: { origin: string, share: number } | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }> } }> };

export type MatrixCellFragment = { material: string, stage: Stage, dependency: { total: number, unit: string, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null } | null, topThirdCountry: { origin: string, share: number } | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }> } };

export type DataGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type DataGapsQuery = { dataGaps: Array<{ id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }> };

export type GapFragment = { id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> };

export type DependencyCellQueryVariables = Exact<{
  material: string | number;
  stage: Stage;
  year: number;
  scope: string | number;
  upstream: Stage;
  withLookThrough: boolean;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type DependencyCellQuery = { location: { assumptions: Array<string>, total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, baseline?: { total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null } | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null, shares: Array<{ origin: string, value: number, share: number | null }> } | null, standIns: Array<{ value: number, estimatedWith: string | null, facility: { id: string, name: string } }>, gaps: Array<{ id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null }, control: { assumptions: Array<string>, total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, baseline?: { total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null } | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null, shares: Array<{ origin: string, value: number, share: number | null }> } | null, standIns: Array<{ value: number, estimatedWith: string | null, facility: { id: string, name: string } }>, gaps: Array<{ id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null }, lookThrough?: { assumed: number, assumptions: Array<string>, difference?: { topThirdCountryShare: number | null } | null, baseline?: { assumed: number, topThirdCountry: { origin: string, share: number } | null } | null, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null, paths: Array<{ origins: Array<string>, weight: number, assumed: boolean }> } };

export type DependencyComparedFragment = { total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null };

export type DependencyDetailFragment = { assumptions: Array<string>, total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, difference: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean, hhi: number | null, shares: Array<{ origin: string, value: number, share: number | null }> } | null, standIns: Array<{ value: number, estimatedWith: string | null, facility: { id: string, name: string } }>, gaps: Array<{ id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null };

export type DependencySeriesQueryVariables = Exact<{
  material: string | number;
  stage: Stage;
  scope?: string | number | null | undefined;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type DependencySeriesQuery = { dependencySeries: Array<{ year: number, total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, baseline?: { year: number, total: number, unit: string, hhi: number, coverage: number, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, ownershipCoverage: number | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null } | null, difference?: { total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean } | null, standIns: Array<{ value: number }>, gaps: Array<{ id: string }>, shares: Array<{ origin: string, value: number, share: number }>, topThirdCountry: { origin: string, share: number } | null }> };

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  filter?: FacilityFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { subgraph: { truncated: boolean, nodes: Array<{ id: string, label: string, type: string, name: string, data: unknown }>, edges: Array<{ id: string, source: string, target: string, type: string, data: unknown }> } };

export type OwnershipQueryVariables = Exact<{
  entity: string | number;
  scenario?: string | number | null | undefined;
}>;


export type OwnershipQuery = { ownership: { entity: string, scenario: string | null, unknownShare: number, converged: boolean, controllerUnknown: boolean, assumptions: Array<string>, ultimateOwners: Array<{ share: number, owner: { id: string, name: string, country: { id: string } } }>, effectiveOwners: Array<{ share: number, isUltimate: boolean, owner: { id: string } }>, byCountry: Array<{ origin: string, share: number }>, controller: { id: string, name: string, country: { id: string } } | null, controlChain: Array<{ id: string, name: string }> }, company: { id: string, name: string, country: { id: string }, owners: Array<{ share: number, owner: { id: string, name: string, country: { id: string } } }> } | null, facility: { id: string, name: string, type: FacilityType, status: FacilityStatus, country: { id: string }, owners: Array<{ share: number, owner: { id: string, name: string, country: { id: string } } }> } | null };

export type OwnersOfQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnersOfQuery = { company: { id: string, owners: Array<{ share: number, owner: { id: string, name: string, country: { id: string } } }> } | null };

export type InvestorRegionsQueryVariables = Exact<{
  stage: Stage;
  year: number;
  scope: string | number;
  material: string | number;
  by?: InvestorBasis | null | undefined;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type InvestorRegionsQuery = { investorRegions: { unit: string, total: number, assumptions: Array<string>, difference?: { total: number, shares: Array<{ origin: string, value: number, share: number | null }> } | null, baseline?: { total: number, shares: Array<{ origin: string, value: number, share: number }>, facilities: Array<{ facility: { id: string } }> } | null, shares: Array<{ origin: string, value: number, share: number }>, facilities: Array<{ capacity: number, controllerRegion: string, controller: { id: string, name: string } | null, facility: { id: string, name: string, status: FacilityStatus, chemistry: string | null, country: { id: string }, operator: { name: string } | null } }> }, location: { total: number, unit: string, evidence: Evidence, importsRecorded: boolean | null, thirdCountryKnown: boolean, producedInScope: number, coverage: number, difference?: { total: number } | null, baseline?: { total: number, producedInScope: number, evidence: Evidence, importsRecorded: boolean | null } | null, topThirdCountry: { origin: string, value: number, share: number } | null, shares: Array<{ origin: string, value: number, share: number }>, standIns: Array<{ value: number }>, gaps: Array<{ id: string }> } };

export type ShareFragment = { origin: string, value: number, share: number };

export type PlantTrackerQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  year?: number | null | undefined;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type PlantTrackerQuery = { plantTracker: { id: string, scenario: string | null, title: string, question: string, scope: string | null, year: number | null, since: string | null, rows: Array<unknown>, footnotes: Array<string>, baseline?: { id: string, scenario: string | null, title: string, question: string, scope: string | null, year: number | null, since: string | null, rows: Array<unknown>, footnotes: Array<string>, columns: Array<{ key: string, label: string, unit: string | null, type: ReportColumnType }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> } | null, columns: Array<{ key: string, label: string, unit: string | null, type: ReportColumnType }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> } };

export type RecyclingQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  year: number;
  scenario?: string | number | null | undefined;
  exportBan?: boolean | null | undefined;
  parameters?: Array<RecyclingParameterInput> | RecyclingParameterInput | null | undefined;
}>;


export type RecyclingQuery = { recycling: { scope: string, year: number, scenario: string | null, exportBan: boolean, unit: string, batteryInput: number, smeltingInput: number, blackMass: number, blackMassBasis: string, imported: number, processedInScope: number, processedBasis: string, hydrometCapacity: number, hydrometFree: number, exported: number, unallocated: number, flowsRecorded: boolean, keptByBan: number, notes: Array<string>, parameters: Array<{ id: string | null, key: string, kind: string, material: string | null, chemistry: string | null, value: number, low: number | null, high: number | null, unit: string, overridden: boolean, notes: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }>, gaps: Array<{ id: string, material: string | null, stage: Stage | null, scope: string | null, year: number | null, title: string, detail: string, lookAt: string | null, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }>, baseline: { scope: string, year: number, scenario: string | null, exportBan: boolean, unit: string, batteryInput: number, smeltingInput: number, blackMass: number, blackMassBasis: string, imported: number, processedInScope: number, processedBasis: string, hydrometCapacity: number, hydrometFree: number, exported: number, unallocated: number, flowsRecorded: boolean, keptByBan: number, notes: Array<string>, nodes: Array<{ id: string, label: string, kind: string, country: string | null }>, links: Array<{ source: string, target: string, value: number, material: string, basis: string }>, recovered: Array<{ material: string, value: number, unit: string, recoveryRate: number, recoveryRateKnown: boolean, targetRate: number | null, targetYear: number | null, targetInForce: boolean, meetsTarget: boolean | null, benchmarkShare: number | null, benchmarkYear: number | null, basis: string, low: number | null, high: number | null, parameters: Array<string>, reason: string | null, byCountry: Array<{ origin: string, value: number, share: number }> }>, recycledContent: Array<{ material: string, recovered: number, cellDemand: number | null, share: number | null, basis: string, recoveredLow: number | null, recoveredHigh: number | null, cellDemandLow: number | null, cellDemandHigh: number | null, shareLow: number | null, shareHigh: number | null, minimum: number | null, targetYear: number | null, inForce: boolean, status: string, reason: string | null, parameters: Array<string> }> } | null, nodes: Array<{ id: string, label: string, kind: string, country: string | null }>, links: Array<{ source: string, target: string, value: number, material: string, basis: string }>, recovered: Array<{ material: string, value: number, unit: string, recoveryRate: number, recoveryRateKnown: boolean, targetRate: number | null, targetYear: number | null, targetInForce: boolean, meetsTarget: boolean | null, benchmarkShare: number | null, benchmarkYear: number | null, basis: string, low: number | null, high: number | null, parameters: Array<string>, reason: string | null, byCountry: Array<{ origin: string, value: number, share: number }> }>, recycledContent: Array<{ material: string, recovered: number, cellDemand: number | null, share: number | null, basis: string, recoveredLow: number | null, recoveredHigh: number | null, cellDemandLow: number | null, cellDemandHigh: number | null, shareLow: number | null, shareHigh: number | null, minimum: number | null, targetYear: number | null, inForce: boolean, status: string, reason: string | null, parameters: Array<string> }> } };

export type RecyclingFiguresFragment = { scope: string, year: number, scenario: string | null, exportBan: boolean, unit: string, batteryInput: number, smeltingInput: number, blackMass: number, blackMassBasis: string, imported: number, processedInScope: number, processedBasis: string, hydrometCapacity: number, hydrometFree: number, exported: number, unallocated: number, flowsRecorded: boolean, keptByBan: number, notes: Array<string>, nodes: Array<{ id: string, label: string, kind: string, country: string | null }>, links: Array<{ source: string, target: string, value: number, material: string, basis: string }>, recovered: Array<{ material: string, value: number, unit: string, recoveryRate: number, recoveryRateKnown: boolean, targetRate: number | null, targetYear: number | null, targetInForce: boolean, meetsTarget: boolean | null, benchmarkShare: number | null, benchmarkYear: number | null, basis: string, low: number | null, high: number | null, parameters: Array<string>, reason: string | null, byCountry: Array<{ origin: string, value: number, share: number }> }>, recycledContent: Array<{ material: string, recovered: number, cellDemand: number | null, share: number | null, basis: string, recoveredLow: number | null, recoveredHigh: number | null, cellDemandLow: number | null, cellDemandHigh: number | null, shareLow: number | null, shareHigh: number | null, minimum: number | null, targetYear: number | null, inForce: boolean, status: string, reason: string | null, parameters: Array<string> }> };

export type RecoveredByYearQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  year: number;
  scenario?: string | number | null | undefined;
  exportBan?: boolean | null | undefined;
  parameters?: Array<RecyclingParameterInput> | RecyclingParameterInput | null | undefined;
}>;


export type RecoveredByYearQuery = { recycling: { year: number, recovered: Array<{ material: string, value: number, unit: string, basis: string, low: number | null, high: number | null, recoveryRate: number, recoveryRateKnown: boolean, targetRate: number | null, targetYear: number | null, targetInForce: boolean, meetsTarget: boolean | null }> } };

export type ReportListQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportListQuery = { reports: Array<{ id: string, title: string, question: string, parameters: Array<string>, defaultScope: string | null, defaultSince: string | null }> };

export type ReportQueryVariables = Exact<{
  id: string | number;
  scope?: string | number | null | undefined;
  year?: number | null | undefined;
  since?: string | null | undefined;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type ReportQuery = { report: { id: string, scenario: string | null, title: string, question: string, scope: string | null, year: number | null, since: string | null, rows: Array<unknown>, footnotes: Array<string>, baseline?: { id: string, scenario: string | null, title: string, question: string, scope: string | null, year: number | null, since: string | null, rows: Array<unknown>, footnotes: Array<string>, columns: Array<{ key: string, label: string, unit: string | null, type: ReportColumnType }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> } | null, columns: Array<{ key: string, label: string, unit: string | null, type: ReportColumnType }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> } };

export type ReportTableFragment = { id: string, scenario: string | null, title: string, question: string, scope: string | null, year: number | null, since: string | null, rows: Array<unknown>, footnotes: Array<string>, columns: Array<{ key: string, label: string, unit: string | null, type: ReportColumnType }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> };

export type CreateScenarioMutationVariables = Exact<{
  scenario: ScenarioInput;
}>;


export type CreateScenarioMutation = { createScenario: { ok: boolean, errors: Array<{ path: string, value: string | null, message: string }>, scenario: { id: string, name: string } | null } };

export type ScenarioSavedFragment = { ok: boolean, errors: Array<{ path: string, value: string | null, message: string }>, scenario: { id: string, name: string } | null };

export type UpdateScenarioMutationVariables = Exact<{
  scenario: ScenarioInput;
}>;


export type UpdateScenarioMutation = { updateScenario: { ok: boolean, errors: Array<{ path: string, value: string | null, message: string }>, scenario: { id: string, name: string } | null } };

export type DeleteScenarioMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScenarioMutation = { deleteScenario: { ok: boolean, errors: Array<{ path: string, value: string | null, message: string }>, scenario: { id: string, name: string } | null } };

export type ScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosQuery = { scenarios: Array<{ id: string, name: string, description: string | null, notes: string | null, overrides: unknown }> };

export type FacilityNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FacilityNamesQuery = { subgraph: { nodes: Array<{ id: string, name: string }> } };

export type OverrideFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type OverrideFacilityQuery = { facility: { id: string, name: string, type: FacilityType, stage: Stage, status: FacilityStatus, country: { id: string }, capacities: Array<{ year: number, value: number, unit: string, basis: CapacityBasis, material: { id: string } }> } | null };

export type TargetEvaluationsQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  weights?: StatusWeightsInput | null | undefined;
  year?: number | null | undefined;
  baselineYear?: number | null | undefined;
  scenario?: string | number | null | undefined;
  withBaseline: boolean;
}>;


export type TargetEvaluationsQuery = { targetEvaluations: Array<{ dominant: string | null, unit: string, baselineYear: number, targetYear: number, baselineShare: number | null, projectedShare: number | null, reduction: number | null, status: string, reason: string | null, gapTo30: number | null, gapTo50: number | null, meetsMaxShare: boolean | null, gapToMax: number | null, cutToMax: number | null, minimum: number | null, domesticSupply: number | null, projectedDomesticSupply: number | null, gap: number | null, demand: number | null, nonDominant: number | null, floored: boolean, assumptions: Array<string>, target: { id: string, name: string | null, kind: TargetKind, stage: Stage | null, scope: string, share: number | null, baselineYear: number | null, targetYear: number, material: { id: string, name: string }, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> }, contributions: Array<{ contribution: number, facility: { id: string } }>, pipeline: Array<{ status: FacilityStatus, weight: number, capacity: number, baselineSupply: number, viaFlow: boolean, adds: number, basis: string, parameters: Array<string>, facility: { id: string, name: string, country: { id: string } } }>, weights: { OPERATING: number, RAMP_UP: number, UNDER_CONSTRUCTION: number, PLANNED: number, PAUSED: number, STOPPED: number, CANCELLED: number }, difference?: { baselineShare: number | null, projectedShare: number | null, reduction: number | null, gapTo30: number | null, gapTo50: number | null, gapToMax: number | null, statusChanged: boolean, dominantChanged: boolean } | null, baseline?: { dominant: string | null, baselineShare: number | null, projectedShare: number | null, reduction: number | null, status: string, reason: string | null, gapTo30: number | null, gapTo50: number | null, gapToMax: number | null, cutToMax: number | null, gap: number | null, demand: number | null, nonDominant: number | null } | null }> };

export type LookupsQueryVariables = Exact<{ [key: string]: never; }>;


export type LookupsQuery = { countries: Array<{ id: string, name: string, eu: boolean, regions: Array<{ id: string }> }>, regions: Array<{ id: string, name: string }>, materials: Array<{ id: string, name: string, unit: string }>, sources: Array<{ id: string, title: string, publisher: string, year: number | null, url: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MatrixCellFragmentDoc = new TypedDocumentString(`
    fragment MatrixCell on DependencyCell {
  material
  stage
  dependency {
    difference {
      total
      topThirdCountryShare
      topThirdCountryChanged
      hhi
    }
    total
    unit
    coverage
    evidence
    importsRecorded
    thirdCountryKnown
    producedInScope
    ownershipCoverage
    topThirdCountry {
      origin
      share
    }
    standIns {
      value
    }
    gaps {
      id
    }
  }
}
    `, {"fragmentName":"MatrixCell"}) as unknown as TypedDocumentString<MatrixCellFragment, unknown>;
export const DependencyComparedFragmentDoc = new TypedDocumentString(`
    fragment DependencyCompared on Dependency {
  total
  unit
  hhi
  coverage
  evidence
  importsRecorded
  thirdCountryKnown
  producedInScope
  ownershipCoverage
  standIns {
    value
  }
  gaps {
    id
  }
  shares {
    origin
    value
    share
  }
  topThirdCountry {
    origin
    share
  }
}
    `, {"fragmentName":"DependencyCompared"}) as unknown as TypedDocumentString<DependencyComparedFragment, unknown>;
export const GapFragmentDoc = new TypedDocumentString(`
    fragment Gap on DataGap {
  id
  material
  stage
  scope
  year
  title
  detail
  lookAt
  sources {
    id
    title
    publisher
    year
    url
  }
}
    `, {"fragmentName":"Gap"}) as unknown as TypedDocumentString<GapFragment, unknown>;
export const DependencyDetailFragmentDoc = new TypedDocumentString(`
    fragment DependencyDetail on Dependency {
  ...DependencyCompared
  difference {
    total
    topThirdCountryShare
    topThirdCountryChanged
    hhi
    shares {
      origin
      value
      share
    }
  }
  standIns {
    value
    estimatedWith
    facility {
      id
      name
    }
  }
  gaps {
    ...Gap
  }
  assumptions
  sources {
    id
    title
    publisher
    year
    url
  }
}
    fragment Gap on DataGap {
  id
  material
  stage
  scope
  year
  title
  detail
  lookAt
  sources {
    id
    title
    publisher
    year
    url
  }
}
fragment DependencyCompared on Dependency {
  total
  unit
  hhi
  coverage
  evidence
  importsRecorded
  thirdCountryKnown
  producedInScope
  ownershipCoverage
  standIns {
    value
  }
  gaps {
    id
  }
  shares {
    origin
    value
    share
  }
  topThirdCountry {
    origin
    share
  }
}`, {"fragmentName":"DependencyDetail"}) as unknown as TypedDocumentString<DependencyDetailFragment, unknown>;
export const ShareFragmentDoc = new TypedDocumentString(`
    fragment Share on OriginShare {
  origin
  value
  share
}
    `, {"fragmentName":"Share"}) as unknown as TypedDocumentString<ShareFragment, unknown>;
export const RecyclingFiguresFragmentDoc = new TypedDocumentString(`
    fragment RecyclingFigures on Recycling {
  scope
  year
  scenario
  exportBan
  unit
  nodes {
    id
    label
    kind
    country
  }
  links {
    source
    target
    value
    material
    basis
  }
  batteryInput
  smeltingInput
  blackMass
  blackMassBasis
  imported
  processedInScope
  processedBasis
  hydrometCapacity
  hydrometFree
  exported
  unallocated
  flowsRecorded
  keptByBan
  recovered {
    material
    value
    unit
    byCountry {
      origin
      value
      share
    }
    recoveryRate
    recoveryRateKnown
    targetRate
    targetYear
    targetInForce
    meetsTarget
    benchmarkShare
    benchmarkYear
    basis
    low
    high
    parameters
    reason
  }
  recycledContent {
    material
    recovered
    cellDemand
    share
    basis
    recoveredLow
    recoveredHigh
    cellDemandLow
    cellDemandHigh
    shareLow
    shareHigh
    minimum
    targetYear
    inForce
    status
    reason
    parameters
  }
  notes
}
    `, {"fragmentName":"RecyclingFigures"}) as unknown as TypedDocumentString<RecyclingFiguresFragment, unknown>;
export const ReportTableFragmentDoc = new TypedDocumentString(`
    fragment ReportTable on Report {
  id
  scenario
  title
  question
  scope
  year
  since
  columns {
    key
    label
    unit
    type
  }
  rows
  footnotes
  sources {
    id
    title
    publisher
    year
    url
  }
}
    `, {"fragmentName":"ReportTable"}) as unknown as TypedDocumentString<ReportTableFragment, unknown>;
export const ScenarioSavedFragmentDoc = new TypedDocumentString(`
    fragment ScenarioSaved on ScenarioResult {
  ok
  errors {
    path
    value
    message
  }
  scenario {
    id
    name
  }
}
    `, {"fragmentName":"ScenarioSaved"}) as unknown as TypedDocumentString<ScenarioSavedFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    id
    kind
    name
    matched
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const DependencyMatrixDocument = new TypedDocumentString(`
    query DependencyMatrix($year: Int!, $scope: ID, $scenario: ID) {
  location: dependencyMatrix(
    year: $year
    scope: $scope
    basis: LOCATION
    scenario: $scenario
  ) {
    ...MatrixCell
  }
  control: dependencyMatrix(
    year: $year
    scope: $scope
    basis: CONTROL
    scenario: $scenario
  ) {
    ...MatrixCell
  }
}
    fragment MatrixCell on DependencyCell {
  material
  stage
  dependency {
    difference {
      total
      topThirdCountryShare
      topThirdCountryChanged
      hhi
    }
    total
    unit
    coverage
    evidence
    importsRecorded
    thirdCountryKnown
    producedInScope
    ownershipCoverage
    topThirdCountry {
      origin
      share
    }
    standIns {
      value
    }
    gaps {
      id
    }
  }
}`) as unknown as TypedDocumentString<DependencyMatrixQuery, DependencyMatrixQueryVariables>;
export const DataGapsDocument = new TypedDocumentString(`
    query DataGaps {
  dataGaps {
    ...Gap
  }
}
    fragment Gap on DataGap {
  id
  material
  stage
  scope
  year
  title
  detail
  lookAt
  sources {
    id
    title
    publisher
    year
    url
  }
}`) as unknown as TypedDocumentString<DataGapsQuery, DataGapsQueryVariables>;
export const DependencyCellDocument = new TypedDocumentString(`
    query DependencyCell($material: ID!, $stage: Stage!, $year: Int!, $scope: ID!, $upstream: Stage!, $withLookThrough: Boolean!, $scenario: ID, $withBaseline: Boolean!) {
  location: dependency(
    material: $material
    stage: $stage
    year: $year
    scope: $scope
    basis: LOCATION
    scenario: $scenario
  ) {
    ...DependencyDetail
    baseline @include(if: $withBaseline) {
      ...DependencyCompared
    }
  }
  control: dependency(
    material: $material
    stage: $stage
    year: $year
    scope: $scope
    basis: CONTROL
    scenario: $scenario
  ) {
    ...DependencyDetail
    baseline @include(if: $withBaseline) {
      ...DependencyCompared
    }
  }
  lookThrough(
    material: $material
    stage: $stage
    upstream: $upstream
    year: $year
    scope: $scope
    scenario: $scenario
  ) @include(if: $withLookThrough) {
    difference @include(if: $withBaseline) {
      topThirdCountryShare
    }
    baseline @include(if: $withBaseline) {
      topThirdCountry {
        origin
        share
      }
      assumed
    }
    shares {
      origin
      value
      share
    }
    topThirdCountry {
      origin
      share
    }
    assumed
    paths {
      origins
      weight
      assumed
    }
    assumptions
  }
}
    fragment Gap on DataGap {
  id
  material
  stage
  scope
  year
  title
  detail
  lookAt
  sources {
    id
    title
    publisher
    year
    url
  }
}
fragment DependencyCompared on Dependency {
  total
  unit
  hhi
  coverage
  evidence
  importsRecorded
  thirdCountryKnown
  producedInScope
  ownershipCoverage
  standIns {
    value
  }
  gaps {
    id
  }
  shares {
    origin
    value
    share
  }
  topThirdCountry {
    origin
    share
  }
}
fragment DependencyDetail on Dependency {
  ...DependencyCompared
  difference {
    total
    topThirdCountryShare
    topThirdCountryChanged
    hhi
    shares {
      origin
      value
      share
    }
  }
  standIns {
    value
    estimatedWith
    facility {
      id
      name
    }
  }
  gaps {
    ...Gap
  }
  assumptions
  sources {
    id
    title
    publisher
    year
    url
  }
}`) as unknown as TypedDocumentString<DependencyCellQuery, DependencyCellQueryVariables>;
export const DependencySeriesDocument = new TypedDocumentString(`
    query DependencySeries($material: ID!, $stage: Stage!, $scope: ID, $scenario: ID, $withBaseline: Boolean!) {
  dependencySeries(
    material: $material
    stage: $stage
    scope: $scope
    scenario: $scenario
  ) {
    year
    ...DependencyCompared
    baseline @include(if: $withBaseline) {
      year
      ...DependencyCompared
    }
    difference @include(if: $withBaseline) {
      total
      topThirdCountryShare
      topThirdCountryChanged
    }
  }
}
    fragment DependencyCompared on Dependency {
  total
  unit
  hhi
  coverage
  evidence
  importsRecorded
  thirdCountryKnown
  producedInScope
  ownershipCoverage
  standIns {
    value
  }
  gaps {
    id
  }
  shares {
    origin
    value
    share
  }
  topThirdCountry {
    origin
    share
  }
}`) as unknown as TypedDocumentString<DependencySeriesQuery, DependencySeriesQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: FacilityFilter, $limit: Int) {
  subgraph(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
    nodes {
      id
      label
      type
      name
      data
    }
    edges {
      id
      source
      target
      type
      data
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OwnershipDocument = new TypedDocumentString(`
    query Ownership($entity: ID!, $scenario: ID) {
  ownership(entity: $entity, scenario: $scenario) {
    entity
    scenario
    unknownShare
    converged
    ultimateOwners {
      share
      owner {
        id
        name
        country {
          id
        }
      }
    }
    effectiveOwners {
      share
      isUltimate
      owner {
        id
      }
    }
    byCountry {
      origin
      share
    }
    controllerUnknown
    controller {
      id
      name
      country {
        id
      }
    }
    controlChain {
      id
      name
    }
    assumptions
  }
  company(id: $entity) {
    id
    name
    country {
      id
    }
    owners {
      share
      owner {
        id
        name
        country {
          id
        }
      }
    }
  }
  facility(id: $entity) {
    id
    name
    type
    status
    country {
      id
    }
    owners {
      share
      owner {
        id
        name
        country {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnershipQuery, OwnershipQueryVariables>;
export const OwnersOfDocument = new TypedDocumentString(`
    query OwnersOf($id: ID!) {
  company(id: $id) {
    id
    owners {
      share
      owner {
        id
        name
        country {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnersOfQuery, OwnersOfQueryVariables>;
export const InvestorRegionsDocument = new TypedDocumentString(`
    query InvestorRegions($stage: Stage!, $year: Int!, $scope: ID!, $material: ID!, $by: InvestorBasis, $scenario: ID, $withBaseline: Boolean!) {
  investorRegions(
    stage: $stage
    year: $year
    scope: $scope
    material: $material
    by: $by
    scenario: $scenario
  ) {
    difference @include(if: $withBaseline) {
      total
      shares {
        origin
        value
        share
      }
    }
    baseline @include(if: $withBaseline) {
      total
      shares {
        ...Share
      }
      facilities {
        facility {
          id
        }
      }
    }
    unit
    total
    shares {
      ...Share
    }
    facilities {
      capacity
      controllerRegion
      controller {
        id
        name
      }
      facility {
        id
        name
        status
        chemistry
        country {
          id
        }
        operator {
          name
        }
      }
    }
    assumptions
  }
  location: dependency(
    material: $material
    stage: $stage
    year: $year
    scope: $scope
    basis: LOCATION
    scenario: $scenario
  ) {
    difference @include(if: $withBaseline) {
      total
    }
    baseline @include(if: $withBaseline) {
      total
      producedInScope
      evidence
      importsRecorded
    }
    total
    unit
    evidence
    importsRecorded
    thirdCountryKnown
    producedInScope
    coverage
    topThirdCountry {
      ...Share
    }
    shares {
      ...Share
    }
    standIns {
      value
    }
    gaps {
      id
    }
  }
}
    fragment Share on OriginShare {
  origin
  value
  share
}`) as unknown as TypedDocumentString<InvestorRegionsQuery, InvestorRegionsQueryVariables>;
export const PlantTrackerDocument = new TypedDocumentString(`
    query PlantTracker($scope: ID, $year: Int, $scenario: ID, $withBaseline: Boolean!) {
  plantTracker(scope: $scope, year: $year, scenario: $scenario) {
    ...ReportTable
    baseline @include(if: $withBaseline) {
      ...ReportTable
    }
  }
}
    fragment ReportTable on Report {
  id
  scenario
  title
  question
  scope
  year
  since
  columns {
    key
    label
    unit
    type
  }
  rows
  footnotes
  sources {
    id
    title
    publisher
    year
    url
  }
}`) as unknown as TypedDocumentString<PlantTrackerQuery, PlantTrackerQueryVariables>;
export const RecyclingDocument = new TypedDocumentString(`
    query Recycling($scope: ID, $year: Int!, $scenario: ID, $exportBan: Boolean, $parameters: [RecyclingParameterInput!]) {
  recycling(
    scope: $scope
    year: $year
    scenario: $scenario
    exportBan: $exportBan
    parameters: $parameters
  ) {
    ...RecyclingFigures
    parameters {
      id
      key
      kind
      material
      chemistry
      value
      low
      high
      unit
      overridden
      notes
      sources {
        id
        title
        publisher
        year
        url
      }
    }
    gaps {
      id
      material
      stage
      scope
      year
      title
      detail
      lookAt
      sources {
        id
        title
        publisher
        year
        url
      }
    }
    sources {
      id
      title
      publisher
      year
      url
    }
    baseline {
      ...RecyclingFigures
    }
  }
}
    fragment RecyclingFigures on Recycling {
  scope
  year
  scenario
  exportBan
  unit
  nodes {
    id
    label
    kind
    country
  }
  links {
    source
    target
    value
    material
    basis
  }
  batteryInput
  smeltingInput
  blackMass
  blackMassBasis
  imported
  processedInScope
  processedBasis
  hydrometCapacity
  hydrometFree
  exported
  unallocated
  flowsRecorded
  keptByBan
  recovered {
    material
    value
    unit
    byCountry {
      origin
      value
      share
    }
    recoveryRate
    recoveryRateKnown
    targetRate
    targetYear
    targetInForce
    meetsTarget
    benchmarkShare
    benchmarkYear
    basis
    low
    high
    parameters
    reason
  }
  recycledContent {
    material
    recovered
    cellDemand
    share
    basis
    recoveredLow
    recoveredHigh
    cellDemandLow
    cellDemandHigh
    shareLow
    shareHigh
    minimum
    targetYear
    inForce
    status
    reason
    parameters
  }
  notes
}`) as unknown as TypedDocumentString<RecyclingQuery, RecyclingQueryVariables>;
export const RecoveredByYearDocument = new TypedDocumentString(`
    query RecoveredByYear($scope: ID, $year: Int!, $scenario: ID, $exportBan: Boolean, $parameters: [RecyclingParameterInput!]) {
  recycling(
    scope: $scope
    year: $year
    scenario: $scenario
    exportBan: $exportBan
    parameters: $parameters
  ) {
    year
    recovered {
      material
      value
      unit
      basis
      low
      high
      recoveryRate
      recoveryRateKnown
      targetRate
      targetYear
      targetInForce
      meetsTarget
    }
  }
}
    `) as unknown as TypedDocumentString<RecoveredByYearQuery, RecoveredByYearQueryVariables>;
export const ReportListDocument = new TypedDocumentString(`
    query ReportList {
  reports {
    id
    title
    question
    parameters
    defaultScope
    defaultSince
  }
}
    `) as unknown as TypedDocumentString<ReportListQuery, ReportListQueryVariables>;
export const ReportDocument = new TypedDocumentString(`
    query Report($id: ID!, $scope: ID, $year: Int, $since: String, $scenario: ID, $withBaseline: Boolean!) {
  report(id: $id, scope: $scope, year: $year, since: $since, scenario: $scenario) {
    ...ReportTable
    baseline @include(if: $withBaseline) {
      ...ReportTable
    }
  }
}
    fragment ReportTable on Report {
  id
  scenario
  title
  question
  scope
  year
  since
  columns {
    key
    label
    unit
    type
  }
  rows
  footnotes
  sources {
    id
    title
    publisher
    year
    url
  }
}`) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const CreateScenarioDocument = new TypedDocumentString(`
    mutation CreateScenario($scenario: ScenarioInput!) {
  createScenario(scenario: $scenario) {
    ...ScenarioSaved
  }
}
    fragment ScenarioSaved on ScenarioResult {
  ok
  errors {
    path
    value
    message
  }
  scenario {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const UpdateScenarioDocument = new TypedDocumentString(`
    mutation UpdateScenario($scenario: ScenarioInput!) {
  updateScenario(scenario: $scenario) {
    ...ScenarioSaved
  }
}
    fragment ScenarioSaved on ScenarioResult {
  ok
  errors {
    path
    value
    message
  }
  scenario {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const DeleteScenarioDocument = new TypedDocumentString(`
    mutation DeleteScenario($id: ID!) {
  deleteScenario(id: $id) {
    ...ScenarioSaved
  }
}
    fragment ScenarioSaved on ScenarioResult {
  ok
  errors {
    path
    value
    message
  }
  scenario {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios {
  scenarios {
    id
    name
    description
    notes
    overrides
  }
}
    `) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const FacilityNamesDocument = new TypedDocumentString(`
    query FacilityNames($ids: [ID!]!) {
  subgraph(ids: $ids, depth: 0) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FacilityNamesQuery, FacilityNamesQueryVariables>;
export const OverrideFacilityDocument = new TypedDocumentString(`
    query OverrideFacility($id: ID!) {
  facility(id: $id) {
    id
    name
    type
    stage
    status
    country {
      id
    }
    capacities {
      material {
        id
      }
      year
      value
      unit
      basis
    }
  }
}
    `) as unknown as TypedDocumentString<OverrideFacilityQuery, OverrideFacilityQueryVariables>;
export const TargetEvaluationsDocument = new TypedDocumentString(`
    query TargetEvaluations($scope: ID, $weights: StatusWeightsInput, $year: Int, $baselineYear: Int, $scenario: ID, $withBaseline: Boolean!) {
  targetEvaluations(
    scope: $scope
    weights: $weights
    year: $year
    baselineYear: $baselineYear
    scenario: $scenario
  ) {
    target {
      id
      name
      kind
      stage
      scope
      share
      baselineYear
      targetYear
      material {
        id
        name
      }
      sources {
        id
        title
        publisher
        year
        url
      }
    }
    dominant
    unit
    baselineYear
    targetYear
    baselineShare
    projectedShare
    reduction
    status
    reason
    gapTo30
    gapTo50
    meetsMaxShare
    gapToMax
    cutToMax
    minimum
    domesticSupply
    projectedDomesticSupply
    gap
    demand
    nonDominant
    floored
    contributions {
      facility {
        id
      }
      contribution
    }
    pipeline {
      facility {
        id
        name
        country {
          id
        }
      }
      status
      weight
      capacity
      baselineSupply
      viaFlow
      adds
      basis
      parameters
    }
    weights {
      OPERATING
      RAMP_UP
      UNDER_CONSTRUCTION
      PLANNED
      PAUSED
      STOPPED
      CANCELLED
    }
    assumptions
    difference @include(if: $withBaseline) {
      baselineShare
      projectedShare
      reduction
      gapTo30
      gapTo50
      gapToMax
      statusChanged
      dominantChanged
    }
    baseline @include(if: $withBaseline) {
      dominant
      baselineShare
      projectedShare
      reduction
      status
      reason
      gapTo30
      gapTo50
      gapToMax
      cutToMax
      gap
      demand
      nonDominant
    }
  }
}
    `) as unknown as TypedDocumentString<TargetEvaluationsQuery, TargetEvaluationsQueryVariables>;
export const LookupsDocument = new TypedDocumentString(`
    query Lookups {
  countries {
    id
    name
    eu
    regions {
      id
    }
  }
  regions {
    id
    name
  }
  materials {
    id
    name
    unit
  }
  sources {
    id
    title
    publisher
    year
    url
  }
}
    `) as unknown as TypedDocumentString<LookupsQuery, LookupsQueryVariables>;