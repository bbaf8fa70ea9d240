import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FacilityRow as FacilityRowRecord, CompanyRow as CompanyRowRecord, CountryRow as CountryRowRecord, RegionRow as RegionRowRecord, MaterialRow as MaterialRowRecord, SourceRow as SourceRowRecord, OwnershipRow as OwnershipRowRecord, CapacityRow as CapacityRowRecord, StatusChange as StatusChangeRecord, Designation as DesignationRecord, TargetRow as TargetRowRecord, ScenarioRow as ScenarioRowRecord } from '../dataset/types.js';
import type { SearchHit as SearchHitRecord, GraphNode as GraphNodeRecord, GraphEdge as GraphEdgeRecord, Subgraph as SubgraphRecord } from '../store/graph-store.js';
import type { DependencyRecord as DependencyRecordRecord, DependencyCellRecord as DependencyCellRecordRecord, LookThroughRecord as LookThroughRecordRecord, DataGapRecord as DataGapRecordRecord } from '../modules/dependency/dependency.service.js';
import type { OwnershipRecord as OwnershipRecordRecord, InvestorRegionsRecord as InvestorRegionsRecordRecord, InvestorFacilityRecord as InvestorFacilityRecordRecord } from '../modules/ownership/ownership.service.js';
import type { TargetEvaluationRecord as TargetEvaluationRecordRecord } from '../modules/targets/targets.service.js';
import type { RecyclingRecord as RecyclingRecordRecord, RecyclingParameterRecord as RecyclingParameterRecordRecord } from '../modules/recycling/recycling.service.js';
import type { AppContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (a dataset document, a row's raw data). */
  JSON: { input: unknown; output: unknown; }
};

/** How supply is attributed: where it is produced, or who ultimately owns the producing facility. */
export type Basis =
  | 'CONTROL'
  | 'LOCATION';

export type Capacity = {
  __typename?: 'Capacity';
  basis: CapacityBasis;
  /** @deprecated Use `basis` (ANNOUNCED is the former PLANNED). */
  kind: CapacityKind;
  material: Material;
  /** Null when the row states no recycling measure. */
  measure?: Maybe<CapacityMeasure>;
  notes?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type CapacityBasis =
  /** A plan for that year; not supply of that year. */
  | 'ANNOUNCED'
  /** Built and usable from that year (nameplate). */
  | 'INSTALLED';

export type CapacityKind =
  /** Built, nameplate at that year. */
  | 'INSTALLED'
  /** Announced for that year. */
  | 'PLANNED';

/** What a recycler's capacity row counts (the capacity row field measure); each measure has its own material. */
export type CapacityMeasure =
  /** Tonnes of batteries, modules and production scrap fed to pre-treatment (material battery-input). */
  | 'BATTERY_INPUT'
  /** Tonnes of black mass processed by hydrometallurgy (material black-mass-feed): never black-mass supply. */
  | 'BLACK_MASS_INPUT'
  /** Tonnes of black mass produced by pre-treatment (material black-mass): black-mass supply. */
  | 'BLACK_MASS_OUTPUT'
  /** Tonnes of a metal recovered (the metal's material). */
  | 'RECOVERED_METAL';

/** A company: an operator, owner or parent. */
export type Company = {
  __typename?: 'Company';
  aliases: Array<Scalars['String']['output']>;
  /** Country of the headquarters. */
  country: Country;
  /** What this company directly owns (companies and facilities) with its shares. */
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  listed?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** Facilities this company operates. */
  operates: Array<Facility>;
  /** Direct owners of this company with their shares. */
  owners: Array<Holding>;
  sources: Array<Source>;
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompanyFilter = {
  /** ISO country ids of the headquarters. */
  country?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive part of the name, id or an alias. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A share of control by country (ISO id or UNKNOWN). */
export type ControlShare = {
  __typename?: 'ControlShare';
  origin: Scalars['ID']['output'];
  share: Scalars['Float']['output'];
};

export type Country = {
  __typename?: 'Country';
  eu: Scalars['Boolean']['output'];
  /** ISO 3166 alpha-2; XW is the unattributed rest of the world. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  oecd: Scalars['Boolean']['output'];
  regions: Array<Region>;
};

/** Something the data knowingly lacks, shown where the number would be. */
export type DataGap = {
  __typename?: 'DataGap';
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when the figures it matches miss a material part of their supply: their third-country share is unknown and targets resting on them have no baseline. */
  incomplete: Scalars['Boolean']['output'];
  /** Where the data could be found. */
  lookAt?: Maybe<Scalars['String']['output']>;
  material?: Maybe<Scalars['ID']['output']>;
  /** GLOBAL, a region or a country id; null for every scope. */
  scope?: Maybe<Scalars['ID']['output']>;
  sources: Array<Source>;
  stage?: Maybe<Stage>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** Supply into a scope by origin, with its concentration figures (methodology: docs/methodology.md). */
export type Dependency = {
  __typename?: 'Dependency';
  /** Every rule and stand-in the figure rests on. */
  assumptions: Array<Scalars['String']['output']>;
  /** With a scenario: the same figure on the stored data, for side-by-side comparison. */
  baseline?: Maybe<Dependency>;
  basis: Basis;
  /** Share of the total from statistics rather than facility capacity (named countries only). */
  coverage: Scalars['Float']['output'];
  /** With a scenario: scenario − baseline (null without a scenario). */
  difference?: Maybe<DependencyDifference>;
  /** What the figure rests on: STATISTICS, MIXED, REGISTER, or NONE (no supply recorded: shares empty, top null). */
  evidence: Evidence;
  /** What the data knowingly lacks for this material and stage (and scope, year). */
  gaps: Array<DataGap>;
  /** Herfindahl–Hirschman index, Σ share² over attributed origins, 0–1. */
  hhi: Scalars['Float']['output'];
  /** null for GLOBAL; for a region or country: whether any flow into the scope exists for material, stage, year */
  importsRecorded?: Maybe<Scalars['Boolean']['output']>;
  material: Scalars['ID']['output'];
  /**
   * Under CONTROL: the share of the total followed to the home countries of recorded ultimate owners (UNKNOWN where a
   * facility has none recorded); the rest stays with the country it was produced in for lack of recorded ownership
   * (a statistic no facility explains, recovered metal, flows from a country), as on LOCATION. 0: nothing rests on
   * ownership — the CONTROL figure is the LOCATION one, not who owns the producers (say so). Null on LOCATION and
   * without supply.
   */
  ownershipCoverage?: Maybe<Scalars['Float']['output']>;
  /** supply produced inside the scope (statistics or stand-in capacity of member countries), excluding imports */
  producedInScope: Scalars['Float']['output'];
  /** Recovered metal in the scope at REFINING (SPEC 4.7), by recovering country: added as its production where it has no statistic (like stand-in capacity, lowering coverage), listed but not added where its statistic stands. Empty at other stages and for GLOBAL. */
  recovered: Array<RecoveredShare>;
  /** The scenario the figure was computed under, or null for the stored data. */
  scenario?: Maybe<Scalars['ID']['output']>;
  scope: Scalars['ID']['output'];
  /** Every origin, descending. */
  shares: Array<OriginShare>;
  /** The sources of every row that entered the figure. */
  sources: Array<Source>;
  stage: Stage;
  /** Facilities whose capacity (installed, operating or ramping up that year) stood in for a missing statistic. */
  standIns: Array<StandIn>;
  /** false when third-country dependency cannot be known (evidence NONE, or a regional/country scope without imports) */
  thirdCountryKnown: Scalars['Boolean']['output'];
  /** The largest attributed origin (never XW or UNKNOWN). */
  top?: Maybe<OriginShare>;
  /** The largest attributed origin outside the scope (for GLOBAL the same as top). */
  topThirdCountry?: Maybe<OriginShare>;
  total: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One material × stage cell of the dependency matrix. */
export type DependencyCell = {
  __typename?: 'DependencyCell';
  dependency: Dependency;
  material: Scalars['ID']['output'];
  stage: Stage;
};

/**
 * A dependency figure under a scenario minus the same figure on the stored data. A change is null where either side
 * has no figure (no supply recorded, third-country share unknown): never read null as "no change".
 */
export type DependencyDifference = {
  __typename?: 'DependencyDifference';
  /** Change of the HHI (0–1 scale); null when either side has no supply recorded. */
  hhi?: Maybe<Scalars['Float']['output']>;
  /** Every origin whose value or share changed, largest value change first. */
  shares: Array<OriginShareDifference>;
  /** True when the largest origin is another one under the scenario. */
  topChanged: Scalars['Boolean']['output'];
  /** Change of the largest origin's share (whichever origin is largest on each side; see topChanged); null when either side has no supply recorded. */
  topShare?: Maybe<Scalars['Float']['output']>;
  topThirdCountryChanged: Scalars['Boolean']['output'];
  /** Change of the top third country's share; null when either side's third-country share is unknown (no imports recorded, no supply). */
  topThirdCountryShare?: Maybe<Scalars['Float']['output']>;
  /** Scenario total − baseline total, material's unit. */
  total: Scalars['Float']['output'];
};

/** A public designation of a facility. */
export type Designation = {
  __typename?: 'Designation';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Upper snake case: CRMA_STRATEGIC_PROJECT, IPCEI, INNOVATION_FUND, EU_BATTERY_BOOSTER, … */
  kind: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** An owner anywhere up the ownership chains, with its effective share [A(I − A)⁻¹]. */
export type EffectiveOwner = {
  __typename?: 'EffectiveOwner';
  /** True when the owner has no recorded owners of its own. */
  isUltimate: Scalars['Boolean']['output'];
  owner: Company;
  share: Scalars['Float']['output'];
};

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

/** One chain of origins from the stage back to the upstream stage. */
export type ExposurePath = {
  __typename?: 'ExposurePath';
  /** True when a step assumed a country with no recorded supply sources from itself. */
  assumed: Scalars['Boolean']['output'];
  /** Origin at the stage first, origin at the upstream stage last. */
  origins: Array<Scalars['ID']['output']>;
  /** Fraction of the scope's supply at the stage that travels this path, 0–1. */
  weight: Scalars['Float']['output'];
};

/** A mine, refinery, component plant, cell plant or recycler. */
export type Facility = {
  __typename?: 'Facility';
  aliases: Array<Scalars['String']['output']>;
  /** Capacity per material and year, in the material's unit. */
  capacities: Array<Capacity>;
  /** Cell chemistry (NMC, LFP, …) for cell plants. */
  chemistry?: Maybe<Scalars['String']['output']>;
  country: Country;
  /** Public designations: CRMA strategic project, IPCEI, Innovation Fund, … */
  designations: Array<Designation>;
  id: Scalars['ID']['output'];
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  operator?: Maybe<Company>;
  /** Direct owners with their shares. */
  owners: Array<Holding>;
  /** Process step (cell, module, pack) for cell plants. */
  processStep?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  stage: Stage;
  startYear?: Maybe<Scalars['Int']['output']>;
  status: FacilityStatus;
  /** The date the status is known from (YYYY, YYYY-MM or YYYY-MM-DD). */
  statusDate?: Maybe<Scalars['String']['output']>;
  /** Status changes, oldest first (the last one is `status`); empty when the data has none. */
  statusHistory: Array<StatusChange>;
  /** Its status in a year (SPEC 4.0: the last status-history entry dated on or before 31 December); null when it did not exist yet. */
  statusIn?: Maybe<FacilityStatus>;
  /** 4.0 installed supply capacity in a year: the latest INSTALLED row at or before it, while OPERATING or RAMP_UP (else 0); null without capacity rows of that material. Material defaults to the stage's (cells, black-mass) or the facility's only material. */
  supplyCapacity?: Maybe<Scalars['Float']['output']>;
  type: FacilityType;
};


/** A mine, refinery, component plant, cell plant or recycler. */
export type FacilityStatusInArgs = {
  year: Scalars['Int']['input'];
};


/** A mine, refinery, component plant, cell plant or recycler. */
export type FacilitySupplyCapacityArgs = {
  material?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  edges: Array<FacilityEdge>;
  pageInfo: PageInfo;
  /** Facilities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  cursor: Scalars['String']['output'];
  node: Facility;
};

export type FacilityFilter = {
  /** ISO country ids. */
  country?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Material ids: the facility has capacity for one of them. */
  material?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region ids (EU, CHINA, …): the facility's country is in one of them. */
  region?: InputMaybe<Array<Scalars['ID']['input']>>;
  stage?: InputMaybe<Array<Stage>>;
  status?: InputMaybe<Array<FacilityStatus>>;
  /** Case-insensitive part of the name, id or an alias. */
  text?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Array<FacilityType>>;
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

/** An edge of the graph view: OWNS, OPERATES, LOCATED_IN, HEADQUARTERED_IN, IN_REGION, HAS_CAPACITY, PRODUCED or SUPPLIES. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/**
 * A node of the graph view: `data` is the entity's full row. For a company or facility it also carries its investor
 * profile from the ownership analytics: `controller` (controlling owner's company id, null when UNKNOWN),
 * `controllerRegion` (that owner's investor region, or UNKNOWN) and `investorRegions` (`[{origin, share}]`, the
 * effective split by the ultimate owners' regions).
 */
export type GraphNode = {
  __typename?: 'GraphNode';
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Source, Region, Country, Material, Company or Facility. */
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The facility type (MINE, …) for facilities, else the label in upper case. */
  type: Scalars['String']['output'];
};

/** One ownership link: `owner` holds `share` of `owned`. */
export type Holding = {
  __typename?: 'Holding';
  /** The date the share is known from (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  owned: Owned;
  owner: Company;
  /** Fraction in (0, 1]. */
  share: Scalars['Float']['output'];
  sources: Array<Source>;
};

/** One thing wrong with a document: a JSON pointer to the row and field, the value found, and why. */
export type ImportError = {
  __typename?: 'ImportError';
  message: Scalars['String']['output'];
  path: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** Rows per kind in the document (written, or to be written). */
  counts?: Maybe<Scalars['JSON']['output']>;
  /** Every error found; empty when ok. */
  errors: Array<ImportError>;
  ok: Scalars['Boolean']['output'];
};

/** How capacity is attributed to investor regions. */
export type InvestorBasis =
  /** Wholly to the controlling owner's region (who decides). */
  | 'CONTROLLER'
  /** Split by effective ultimate ownership (who holds the economic interest). */
  | 'EFFECTIVE';

/** One facility of an investor-region table. */
export type InvestorFacility = {
  __typename?: 'InvestorFacility';
  /** Its capacity by the investor region of its ultimate owners (effective shares). */
  byRegion: Array<OriginShare>;
  /** Its supply capacity in the year (SPEC 4.0), material's unit. */
  capacity: Scalars['Float']['output'];
  /** The controlling owner; null when UNKNOWN. */
  controller?: Maybe<Company>;
  /** The controller's investor region, or UNKNOWN. */
  controllerRegion: Scalars['ID']['output'];
  facility: Facility;
};

/** A scope's capacity at a stage by investor region, with the facilities it is made of. */
export type InvestorRegions = {
  __typename?: 'InvestorRegions';
  assumptions: Array<Scalars['String']['output']>;
  /** With a scenario: the same figure on the stored data. */
  baseline?: Maybe<InvestorRegions>;
  by: InvestorBasis;
  /** With a scenario: scenario − baseline (null without a scenario). */
  difference?: Maybe<InvestorRegionsDifference>;
  facilities: Array<InvestorFacility>;
  material: Scalars['ID']['output'];
  /** The scenario the figure was computed under, or null. */
  scenario?: Maybe<Scalars['ID']['output']>;
  scope: Scalars['ID']['output'];
  /** Capacity by investor region (region id or UNKNOWN), descending. */
  shares: Array<OriginShare>;
  sources: Array<Source>;
  stage: Stage;
  /** Σ capacity (SPEC 4.0 supply: no plans, no paused plants); equals dependency(LOCATION).producedInScope where members have no statistic. */
  total: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Capacity by investor region under a scenario minus the same on the stored data. */
export type InvestorRegionsDifference = {
  __typename?: 'InvestorRegionsDifference';
  /** Investor regions (or UNKNOWN) whose capacity or share changed, largest change first. */
  shares: Array<OriginShareDifference>;
  /** Scenario total − baseline total, material's unit. */
  total: Scalars['Float']['output'];
};

/** The scope's exposure at an upstream stage through its supply at a later stage. */
export type LookThrough = {
  __typename?: 'LookThrough';
  /** Share of the exposure resting on the self-sourcing assumption, 0–1. */
  assumed: Scalars['Float']['output'];
  assumptions: Array<Scalars['String']['output']>;
  /** With a scenario: the same exposure on the stored data (and direct.baseline the direct figure's). */
  baseline?: Maybe<LookThrough>;
  /** With a scenario: scenario − baseline (null without a scenario). */
  difference?: Maybe<LookThroughDifference>;
  direct: Dependency;
  material: Scalars['ID']['output'];
  /** The largest contributing paths. */
  paths: Array<ExposurePath>;
  scenario?: Maybe<Scalars['ID']['output']>;
  scope: Scalars['ID']['output'];
  /** Exposure by upstream origin; value = share × the direct total. */
  shares: Array<OriginShare>;
  sources: Array<Source>;
  stage: Stage;
  topThirdCountry?: Maybe<OriginShare>;
  upstream: Stage;
  year: Scalars['Int']['output'];
};

/** Look-through exposure under a scenario minus the same on the stored data (the direct figure's difference is direct.difference). */
export type LookThroughDifference = {
  __typename?: 'LookThroughDifference';
  /** Change of the share resting on the self-sourcing assumption. */
  assumed: Scalars['Float']['output'];
  /** Upstream origins whose exposure changed, largest change first. */
  shares: Array<OriginShareDifference>;
  topThirdCountryChanged: Scalars['Boolean']['output'];
  /** Change of the top third country's share of the upstream exposure; null when either side's is unknown. */
  topThirdCountryShare?: Maybe<Scalars['Float']['output']>;
};

export type Material = {
  __typename?: 'Material';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** The unit every quantity of this material is counted in (t Li, GWh, …). */
  unit: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Always true; the root type must have a field. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Stores a new scenario, validated like a dataset row against the current data (override shapes, the facilities,
   * countries and materials it names, `cut` within 0–1); an error when a scenario with its id exists.
   * Needs the header `Authorization: Bearer <EDITOR_TOKEN>`.
   */
  createScenario: ScenarioResult;
  /** Deletes a stored scenario; an error when there is none with that id. */
  deleteScenario: ScenarioResult;
  /**
   * Imports a dataset document: validated whole first; nothing is written when any row is bad.
   * Without `replace`, rows are upserted into the current data; with it, the dataset is swapped.
   * Needs the header `Authorization: Bearer <EDITOR_TOKEN>`.
   */
  importDataset: ImportResult;
  /** Replaces a stored scenario whole, validated as by createScenario; an error when there is none with its id. */
  updateScenario: ScenarioResult;
};


export type MutationCreateScenarioArgs = {
  scenario: ScenarioInput;
};


export type MutationDeleteScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportDatasetArgs = {
  document: Scalars['JSON']['input'];
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationUpdateScenarioArgs = {
  scenario: ScenarioInput;
};

/** One origin's part of a total. */
export type OriginShare = {
  __typename?: 'OriginShare';
  /** ISO country id, region id, XW (unattributed) or UNKNOWN. */
  origin: Scalars['ID']['output'];
  /** value / total, 0–1. */
  share: Scalars['Float']['output'];
  /** In the material's unit. */
  value: Scalars['Float']['output'];
};

/** One origin's change under a scenario (scenario − baseline). */
export type OriginShareDifference = {
  __typename?: 'OriginShareDifference';
  /** Its share on the stored data (null: no supply there) and under the scenario. */
  baselineShare?: Maybe<Scalars['Float']['output']>;
  origin: Scalars['ID']['output'];
  scenarioShare?: Maybe<Scalars['Float']['output']>;
  /** Change of its share, 0–1 points; null when either side has no supply at all. */
  share?: Maybe<Scalars['Float']['output']>;
  /** Change of its value, material's unit (an origin absent on one side counts 0 there). */
  value: Scalars['Float']['output'];
};

export type Owned = Company | Facility;

/** An owner with its effective share of an entity. */
export type OwnerShare = {
  __typename?: 'OwnerShare';
  owner: Company;
  /** 0–1 for ultimate owners; an intermediate owner in a cross-holding cycle can exceed 1 (paths through the cycle add up). */
  share: Scalars['Float']['output'];
};

/** Who ultimately owns a company or facility (absorbing-chain solution, cycles included). */
export type Ownership = {
  __typename?: 'Ownership';
  assumptions: Array<Scalars['String']['output']>;
  /** Control by the ultimate owners' home countries. */
  byCountry: Array<ControlShare>;
  /** entity's majority chain up to the controller (a company entity starts with itself; ends with the controller) */
  controlChain: Array<Company>;
  /** The controlling owner (majority chain, SPEC 4.3); null when UNKNOWN (a facility with no recorded owners). */
  controller?: Maybe<Company>;
  controllerUnknown: Scalars['Boolean']['output'];
  /** False when the iteration hit its cap (ownership held in a circle); the mass still in transit is counted UNKNOWN. */
  converged: Scalars['Boolean']['output'];
  effectiveOwners: Array<EffectiveOwner>;
  entity: Scalars['ID']['output'];
  iterations: Scalars['Int']['output'];
  /** The scenario it was read under, or null. No override changes ownership, so there is no baseline or difference: only a facility the scenario adds becomes askable (wholly UNKNOWN). */
  scenario?: Maybe<Scalars['ID']['output']>;
  sources: Array<Source>;
  /** Probability of ending at each ultimate owner, descending. */
  ultimateOwners: Array<OwnerShare>;
  /** The part nobody is recorded for, 0–1. */
  unknownShare: Scalars['Float']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A project in a target's pipeline and what it adds, listed whether or not the target has a baseline to measure it against. */
export type PipelineProject = {
  __typename?: 'PipelineProject';
  /** weight × (capacity − baselineSupply), in the material's unit. */
  adds: Scalars['Float']['output'];
  baselineSupply: Scalars['Float']['output'];
  /**
   * What capacity and baselineSupply rest on: CAPACITY (a published capacity row, or a recycler's stated recovered
   * metal), FLOW (a recorded flow into the scope), PARAMETER (a recycler's recovered metal estimated as black mass
   * processed × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY: an estimate, not a reported quantity).
   */
  basis: Scalars['String']['output'];
  /** Capacity in the projection year (inside the scope) or flow into the scope (outside it), in the material's unit; for a recycler, the metal it recovers in that year (see basis). */
  capacity: Scalars['Float']['output'];
  facility: Facility;
  /** For basis PARAMETER: the parameters the estimate rests on, in words (kind, material, chemistry, value, range); else empty. */
  parameters: Array<Scalars['String']['output']>;
  /** Its current status, whose weight applies. */
  status: FacilityStatus;
  viaFlow: Scalars['Boolean']['output'];
  weight: Scalars['Float']['output'];
};

/** What one project adds, and how much the projected share would rise without it. */
export type ProjectContribution = {
  __typename?: 'ProjectContribution';
  /** What it adds to the non-dominant supply: weight × (capacity − baselineSupply), in the material's unit. */
  adds: Scalars['Float']['output'];
  /** Supply it already gave in the baseline year (0 when not yet operating); it adds weight × (capacity − baselineSupply). */
  baselineSupply: Scalars['Float']['output'];
  /**
   * What capacity and baselineSupply rest on: CAPACITY (a published capacity row, or a recycler's stated recovered
   * metal), FLOW (a recorded flow into the scope), PARAMETER (a recycler's recovered metal estimated as black mass
   * processed × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY: an estimate, not a reported quantity).
   */
  basis: Scalars['String']['output'];
  /** Capacity in the target year (inside the scope) or flow into the scope (outside it), in the material's unit; for a recycler, the metal it recovers in that year (see basis). */
  capacity: Scalars['Float']['output'];
  /** Projected share without this project minus projected share with all projects. */
  contribution: Scalars['Float']['output'];
  facility: Facility;
  /** For basis PARAMETER: the parameters the estimate rests on, in words (kind, material, chemistry, value, range); else empty. */
  parameters: Array<Scalars['String']['output']>;
  status: FacilityStatus;
  /** True when the project is outside the scope and counts through its flow into it. */
  viaFlow: Scalars['Boolean']['output'];
  /** The status weight applied. */
  weight: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** investorRegions(...).shares: a scope's capacity by investor region (origin: region id or UNKNOWN). */
  capacityByInvestorRegion: Array<OriginShare>;
  /** Companies ordered by id, a page at a time (first: 1–500, default 50). */
  companies: CompanyConnection;
  company?: Maybe<Company>;
  countries: Array<Country>;
  /** What the data knowingly lacks, per material and stage (rows without a material or stage match every one). */
  dataGaps: Array<DataGap>;
  /** Supply into a scope by origin for one material, stage and year. */
  dependency: Dependency;
  /** Every material × stage cell for one scope, year and basis, in one call (recycling-stream materials such as battery input are capacity measures and left out). */
  dependencyMatrix: Array<DependencyCell>;
  /**
   * Shares over time: `dependency` for every year in the data of this material and stage, ascending — from the first to
   * the last year with a production or flow row (outside GLOBAL also an installed-capacity row, which can stand in
   * for a missing statistic), every year between included. Each point carries its evidence: a year without supply is
   * evidence NONE (read it as no data, never 0 %).
   */
  dependencySeries: Array<Dependency>;
  /** The whole dataset in the interchange format. */
  exportDataset: Scalars['JSON']['output'];
  /** Facilities ordered by id, filtered, a page at a time (first: 1–500, default 50). */
  facilities: FacilityConnection;
  facility?: Maybe<Facility>;
  /** A scope's capacity at a stage by investor region, per facility (by effective share or by controller). */
  investorRegions: InvestorRegions;
  /** Exposure at an upstream stage through supply at a later stage. */
  lookThrough: LookThrough;
  materials: Array<Material>;
  /** Effective ultimate ownership and the controlling owner of a company or facility. */
  ownership: Ownership;
  /** The plant tracker's table: every facility in a scope (default GLOBAL) with status, owners, controller and capacity in a year (default: this year). */
  plantTracker: Report;
  /** The black-mass balance, recovered metal and recycled content of a scope in a year (SPEC 4.7). */
  recycling: Recycling;
  regions: Array<Region>;
  /** One report table (ids: `reports { id }`). Unknown id: NOT_FOUND listing the ids. */
  report: Report;
  /** Every report there is. */
  reports: Array<ReportInfo>;
  /** One stored scenario, or null when there is none with that id. */
  scenario?: Maybe<Scenario>;
  /** Stored scenarios; pass an id as `scenario` to any analytics field. */
  scenarios: Array<Scenario>;
  /** Type-ahead search over every entity: prefix and fuzzy matches on names, aliases and ids (first: 1–100). */
  search: Array<SearchHit>;
  /** One source by id. */
  source?: Maybe<Source>;
  sources: Array<Source>;
  /** The neighbourhood of some nodes, shaped for the graph view (depth 0–4, limit 1–5000 nodes). */
  subgraph: Subgraph;
  /** Every target, evaluated by its kind (where the data cannot say: NO_BASELINE with the reason). */
  targetEvaluations: Array<TargetEvaluation>;
  /** Every stored target. */
  targets: Array<Target>;
  /** Checks a dataset document (docs/data-format.md) as `importDataset` would, writing nothing. */
  validateDataset: ImportResult;
};


export type QueryCapacityByInvestorRegionArgs = {
  by?: InputMaybe<InvestorBasis>;
  material?: InputMaybe<Scalars['ID']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  stage: Stage;
  year: Scalars['Int']['input'];
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataGapsArgs = {
  material?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Stage>;
};


export type QueryDependencyArgs = {
  basis?: InputMaybe<Basis>;
  material: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  stage: Stage;
  year: Scalars['Int']['input'];
};


export type QueryDependencyMatrixArgs = {
  basis?: InputMaybe<Basis>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDependencySeriesArgs = {
  basis?: InputMaybe<Basis>;
  material: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  stage: Stage;
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFacilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestorRegionsArgs = {
  by?: InputMaybe<InvestorBasis>;
  material?: InputMaybe<Scalars['ID']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  stage: Stage;
  year: Scalars['Int']['input'];
};


export type QueryLookThroughArgs = {
  material: Scalars['ID']['input'];
  paths?: InputMaybe<Scalars['Int']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope: Scalars['ID']['input'];
  stage: Stage;
  upstream: Stage;
  year: Scalars['Int']['input'];
};


export type QueryOwnershipArgs = {
  entity: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPlantTrackerArgs = {
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecyclingArgs = {
  exportBan?: InputMaybe<Scalars['Boolean']['input']>;
  parameters?: InputMaybe<Array<RecyclingParameterInput>>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubgraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTargetEvaluationsArgs = {
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  weights?: InputMaybe<StatusWeightsInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryValidateDatasetArgs = {
  document: Scalars['JSON']['input'];
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Recovered metal in the scope and year (SPEC 4.7). */
export type RecoveredMetal = {
  __typename?: 'RecoveredMetal';
  /** CAPACITY (stated recovered-metal capacity), PARAMETER (black mass × content × efficiency: an estimate), NONE (no data). */
  basis: Scalars['String']['output'];
  /** The CRMA recycling benchmark for the metal (MIN_DOMESTIC_SHARE at RECYCLING, e.g. 25 % of EU consumption by 2030): the input its evaluation uses. */
  benchmarkShare?: Maybe<Scalars['Float']['output']>;
  benchmarkYear?: Maybe<Scalars['Int']['output']>;
  /** By recovering country (REFINING-stage production of that country). */
  byCountry: Array<OriginShare>;
  high?: Maybe<Scalars['Float']['output']>;
  /** The figure with every parameter at the low, then the high end of its range (null when basis is NONE; equal to value when no parameter it rests on has a range). */
  low?: Maybe<Scalars['Float']['output']>;
  material: Scalars['ID']['output'];
  /** Whether recoveryRate reaches targetRate; null without a target or a known rate, and null when the rate is only the assumed RECOVERY_EFFICIENCY (no plant states its recovered metal): a parameter never meets a target. */
  meetsTarget?: Maybe<Scalars['Boolean']['output']>;
  /** Keys of the parameters the figure rests on. */
  parameters: Array<Scalars['String']['output']>;
  /** Why there is no figure (basis NONE). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Recovered / contained in the black mass processed (the hydrometallurgical step's efficiency; pre-treatment losses are not in it); 0 when recoveryRateKnown is false. */
  recoveryRate: Scalars['Float']['output'];
  recoveryRateKnown: Scalars['Boolean']['output'];
  targetInForce: Scalars['Boolean']['output'];
  /** The Batteries Regulation recovery target in force in the year (latest target year ≤ year), else the next one (targetInForce false). */
  targetRate?: Maybe<Scalars['Float']['output']>;
  targetYear?: Maybe<Scalars['Int']['output']>;
  unit: Scalars['String']['output'];
  /** t of metal per year; when basis is NONE a 0 placeholder — show 'no data' (see reason). */
  value: Scalars['Float']['output'];
};

/** Recovered metal of one country in a REFINING figure, and what it rests on. */
export type RecoveredShare = {
  __typename?: 'RecoveredShare';
  /** CAPACITY: a stated recovered-metal capacity; PARAMETER: black mass processed × metal content × recovery efficiency (an estimate, not a reported quantity). */
  basis: Scalars['String']['output'];
  /** The recovering country. */
  country: Scalars['ID']['output'];
  /** True when the country's REFINING statistic stands instead (it may already count secondary output): the value is then listed but not added. */
  inStatistic: Scalars['Boolean']['output'];
  /** Keys (kind|material|chemistry) of the parameters the value rests on. */
  parameters: Array<Scalars['String']['output']>;
  /** The country's recyclers that recover metal that year. */
  plants: Array<Facility>;
  /** Recovered metal, material unit. */
  value: Scalars['Float']['output'];
};

/** Recovered metal against the Batteries Regulation recycled-content minimum for the scope's cell production. */
export type RecycledContent = {
  __typename?: 'RecycledContent';
  /** PARAMETER (an estimate: it rests on MATERIAL_INTENSITY and on the recovered metal's parameters, listed in parameters) or NONE (no figure). */
  basis: Scalars['String']['output'];
  /** t of metal the scope's cell supply needs: the installed capacity (GWh per year) of its cell plants operating or ramping up (SPEC 4.0 — capacity, not output) × MATERIAL_INTENSITY by chemistry; null when it cannot be known. */
  cellDemand?: Maybe<Scalars['Float']['output']>;
  cellDemandHigh?: Maybe<Scalars['Float']['output']>;
  cellDemandLow?: Maybe<Scalars['Float']['output']>;
  inForce: Scalars['Boolean']['output'];
  material: Scalars['ID']['output'];
  /** The minimum in force in the year, else the next one (inForce false). */
  minimum?: Maybe<Scalars['Float']['output']>;
  /** Keys of the parameters the figure rests on (intensities, and those of the recovered metal). */
  parameters: Array<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** t of metal recovered in the scope (0 when its basis is NONE; then status is NO_BASELINE). */
  recovered: Scalars['Float']['output'];
  recoveredHigh?: Maybe<Scalars['Float']['output']>;
  /** The figures with every parameter at the low, then the high end of its range; null without a figure. */
  recoveredLow?: Maybe<Scalars['Float']['output']>;
  /** recovered / cellDemand; null with NO_BASELINE. */
  share?: Maybe<Scalars['Float']['output']>;
  /** recoveredHigh / cellDemandLow; null also when cellDemandLow is 0 (no upper bound: say so). */
  shareHigh?: Maybe<Scalars['Float']['output']>;
  /** recoveredLow / cellDemandHigh. */
  shareLow?: Maybe<Scalars['Float']['output']>;
  /** MET | BELOW | NO_BASELINE (with reason) */
  status: Scalars['String']['output'];
  targetYear?: Maybe<Scalars['Int']['output']>;
};

/** The black-mass balance of a scope in a year, recovered metal and recycled content (methodology: docs/methodology.md). */
export type Recycling = {
  __typename?: 'Recycling';
  /** with a scenario or a ban: the same figures on the stored data */
  baseline?: Maybe<Recycling>;
  /** t of battery input fed to pre-treatment (BATTERY_INPUT capacity in supply, SPEC 4.0; smelters excluded). */
  batteryInput: Scalars['Float']['output'];
  /** t of black mass produced in the scope; when blackMassBasis is NONE a 0 placeholder — show 'no data'. */
  blackMass: Scalars['Float']['output'];
  /** CAPACITY (stated black-mass output), PARAMETER (battery input × BLACK_MASS_YIELD: an estimate), NONE (no data). */
  blackMassBasis: Scalars['String']['output'];
  /** True when the black-mass export ban was applied (by the exportBan argument or the scenario). */
  exportBan: Scalars['Boolean']['output'];
  /** t of black mass recorded as exported from the scope; read with flowsRecorded (false: exports unknown, not 0). */
  exported: Scalars['Float']['output'];
  /** Whether any black-mass flow into, out of or inside the scope is recorded for the year. */
  flowsRecorded: Scalars['Boolean']['output'];
  /** What the data knowingly lacks for black mass at RECYCLING in the scope and year. */
  gaps: Array<DataGap>;
  /** t of hydrometallurgical black-mass feed capacity in the scope (BLACK_MASS_INPUT). */
  hydrometCapacity: Scalars['Float']['output'];
  /** Deficit: t of hydrometallurgical capacity without recorded feed. */
  hydrometFree: Scalars['Float']['output'];
  /** t of black mass recorded as imported into the scope. */
  imported: Scalars['Float']['output'];
  /** black mass kept in the scope by the export ban, t; 0 without a ban. With flowsRecorded false the ban's effect is unknown (not 0): say so. */
  keptByBan: Scalars['Float']['output'];
  links: Array<RecyclingLink>;
  nodes: Array<RecyclingNode>;
  /** Every assumption, estimate and missing piece, in words. */
  notes: Array<Scalars['String']['output']>;
  /** Every parameter the figures used, and every overridden one, with sources and range. */
  parameters: Array<RecyclingParameter>;
  /** What processedInScope, hydrometFree and unallocated rest on: CAPACITY, PARAMETER, FLOW (recorded imports only), or NONE (no hydrometallurgical capacity published, or its feed unknown): then processedInScope and hydrometFree are 'no data', and unallocated is the known black mass without a destination in the data (see notes). */
  processedBasis: Scalars['String']['output'];
  /** t of black mass processed by hydrometallurgy in the scope (capacity limited by black mass available); a 0 placeholder when processedBasis is NONE. */
  processedInScope: Scalars['Float']['output'];
  recovered: Array<RecoveredMetal>;
  recycledContent: Array<RecycledContent>;
  /** The scenario applied, or null for the stored data. */
  scenario?: Maybe<Scalars['ID']['output']>;
  scope: Scalars['ID']['output'];
  /** t of battery input fed to pyrometallurgical smelting (a recycler whose process step says so): makes no black mass. */
  smeltingInput: Scalars['Float']['output'];
  /** The sources of every capacity and flow row used. */
  sources: Array<Source>;
  /** Surplus: t of black mass with no recorded destination and no free capacity in the scope. */
  unallocated: Scalars['Float']['output'];
  /** t (tonnes per year) */
  unit: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A link of the balance, tonnes per year; basis: CAPACITY (published plant capacity), PARAMETER (capacity × parameter), FLOW (recorded trade) */
export type RecyclingLink = {
  __typename?: 'RecyclingLink';
  basis: Scalars['String']['output'];
  material: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** t per year of the material (battery-input, black-mass, or a recovered metal in its unit). */
  value: Scalars['Float']['output'];
};

/** A node of the black-mass balance (Sankey). kind: INPUT PRETREATMENT BLACK_MASS HYDROMET EXPORT UNALLOCATED RECOVERED */
export type RecyclingNode = {
  __typename?: 'RecyclingNode';
  /** The node's country (null for UNALLOCATED and RECOVERED). */
  country?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A recycling parameter a result used: the data's sourced default, or an overridden value. */
export type RecyclingParameter = {
  __typename?: 'RecyclingParameter';
  chemistry?: Maybe<Scalars['String']['output']>;
  high?: Maybe<Scalars['Float']['output']>;
  /** The dataset row's id; null for a value the data lacks that a query or scenario set. */
  id?: Maybe<Scalars['ID']['output']>;
  /** kind|material|chemistry: what figures cite in their parameters lists. */
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** The literature range when the source gives one. */
  low?: Maybe<Scalars['Float']['output']>;
  material?: Maybe<Scalars['ID']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** True when a scenario or the query set the value (the data's value is in notes). */
  overridden: Scalars['Boolean']['output'];
  sources: Array<Source>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** A recycling parameter to use for one query (replaces the data's and the scenario's value of that kind, material and chemistry). */
export type RecyclingParameterInput = {
  /** As in a facility's chemistry (NMC, LFP …); absent = mixed / any. */
  chemistry?: InputMaybe<Scalars['String']['input']>;
  /** BLACK_MASS_YIELD, BLACK_MASS_CONTENT, RECOVERY_EFFICIENCY or MATERIAL_INTENSITY. */
  kind: Scalars['String']['input'];
  /** The metal (every kind but BLACK_MASS_YIELD). */
  material?: InputMaybe<Scalars['ID']['input']>;
  /** In the kind's unit: t/t (yield, content), fraction (efficiency), t/GWh (intensity). */
  value: Scalars['Float']['input'];
};

/** An investor or economic region (EU, China, Korea, …). */
export type Region = {
  __typename?: 'Region';
  countries: Array<Country>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
};

/**
 * A table answering one question of the German inquiry (Kleine Anfrage 21/…, 24 Feb 2026) or of the Battery Booster,
 * built from the same projection and services as every other view. Rows are objects keyed by the columns' `key`;
 * a value the data does not hold is null and a footnote says so.
 */
export type Report = {
  __typename?: 'Report';
  /** With a scenario: the same table on the stored data, for side by side (the tables' differences are the analytics fields' difference). */
  baseline?: Maybe<Report>;
  columns: Array<ReportColumn>;
  /** What the figures rest on, and what the data does not hold. */
  footnotes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The question the table answers. */
  question: Scalars['String']['output'];
  rows: Array<Scalars['JSON']['output']>;
  /** The scenario the table was built under (its overrides are listed in the footnotes), or null for the stored data. */
  scenario?: Maybe<Scalars['ID']['output']>;
  /** The scope, year and start date the table was built for (after defaults). */
  scope?: Maybe<Scalars['ID']['output']>;
  since?: Maybe<Scalars['String']['output']>;
  /** The sources of every row. */
  sources: Array<Source>;
  title: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** One column of a report table. */
export type ReportColumn = {
  __typename?: 'ReportColumn';
  /** The key of this column's value in every row. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  type: ReportColumnType;
  /** The unit of a NUMBER column (GWh, t Li …). */
  unit?: Maybe<Scalars['String']['output']>;
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

/** A report that can be asked for, with its parameters and their defaults. */
export type ReportInfo = {
  __typename?: 'ReportInfo';
  defaultScope?: Maybe<Scalars['ID']['output']>;
  defaultSince?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The arguments it reads (scope, year, since). */
  parameters: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A named set of overrides applied for the duration of a query (SPEC 4.6); stored like any other data and exported with it. */
export type Scenario = {
  __typename?: 'Scenario';
  description?: Maybe<Scalars['String']['output']>;
  /** What the scenario does to the current data, one sentence per override (as every analytic under it lists in its assumptions); an override that matches nothing says so: its effect is unknown, not zero. */
  effects: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /**
   * The overrides, as in the interchange format (docs/data-format.md), each one of:
   * `{facility, status?, capacity?}` (a plant's status in every year and/or the value of every capacity row it has),
   * `{addFacility: {id, name, type, stage, country, status, …, capacities: [{material, year, value, unit, basis?, measure?, sources?}]}}`
   * (a hypothetical plant; its capacity rows are checked like dataset capacity rows: basis INSTALLED by default, a
   * recycler's measure such as BATTERY_INPUT with its material),
   * `{country, material, stage?, cut}` (that origin's flows into other countries cut by the fraction 0–1),
   * `{blackMassExportBan: true}`,
   * `{parameter: {kind, material?, chemistry?, value}}` (a recycling parameter set for the scenario).
   */
  overrides: Scalars['JSON']['output'];
};

/** A scenario to store: the whole row (an update replaces the stored scenario whole). */
export type ScenarioInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique across every kind of row (a facility, company, … id cannot be reused). */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A list of overrides (see Scenario.overrides). */
  overrides: Scalars['JSON']['input'];
};

/**
 * The outcome of a scenario write. On any error nothing was written, `ok` is false and every error has a path into
 * the argument, e.g. `scenario.overrides[1].cut` or `id`.
 */
export type ScenarioResult = {
  __typename?: 'ScenarioResult';
  errors: Array<ImportError>;
  ok: Scalars['Boolean']['output'];
  /** The scenario as stored (create, update), or as it was (delete); null on error. */
  scenario?: Maybe<Scenario>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The text that matched: the name, an alias or the id. */
  matched: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Relevance; higher is better, comparable within one result list. */
  score: Scalars['Float']['output'];
};

/** Where a figure comes from. Every number in the product can be traced to one. */
export type Source = {
  __typename?: 'Source';
  /** ISO date the URL was last checked. */
  accessed?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  publisher: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** Stages of the value chain, in order. */
export type Stage =
  | 'CELL'
  | 'COMPONENT'
  | 'EXTRACTION'
  | 'RECYCLING'
  | 'REFINING';

/** A facility whose capacity stood in for a member country's missing production statistic. */
export type StandIn = {
  __typename?: 'StandIn';
  /** The parameter (kind|material|chemistry) the value is estimated with — a recycler's black mass is its battery-input capacity × BLACK_MASS_YIELD; null for a published capacity. */
  estimatedWith?: Maybe<Scalars['String']['output']>;
  facility: Facility;
  /** Capacity that stood in, material unit (for black mass: the plant's estimated output, see estimatedWith). */
  value: Scalars['Float']['output'];
};

/** From `date` on, the facility had `status`. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** YYYY, YYYY-MM or YYYY-MM-DD; a year or month counts from its first day. */
  date: Scalars['String']['output'];
  /** Why the status changed (postponed, downsized, abandoned, restarted …). */
  reason?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: FacilityStatus;
};

export type StatusWeights = {
  __typename?: 'StatusWeights';
  CANCELLED: Scalars['Float']['output'];
  OPERATING: Scalars['Float']['output'];
  PAUSED: Scalars['Float']['output'];
  PLANNED: Scalars['Float']['output'];
  RAMP_UP: Scalars['Float']['output'];
  STOPPED: Scalars['Float']['output'];
  UNDER_CONSTRUCTION: Scalars['Float']['output'];
};

/** How much of a project's capacity counts, by status (0–1). */
export type StatusWeightsInput = {
  CANCELLED?: InputMaybe<Scalars['Float']['input']>;
  OPERATING?: InputMaybe<Scalars['Float']['input']>;
  PAUSED?: InputMaybe<Scalars['Float']['input']>;
  PLANNED?: InputMaybe<Scalars['Float']['input']>;
  RAMP_UP?: InputMaybe<Scalars['Float']['input']>;
  STOPPED?: InputMaybe<Scalars['Float']['input']>;
  UNDER_CONSTRUCTION?: InputMaybe<Scalars['Float']['input']>;
};

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

/** A policy target with its source. */
export type Target = {
  __typename?: 'Target';
  baselineYear?: Maybe<Scalars['Int']['output']>;
  /** Demand in the target year, in the material's unit. */
  demand?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: TargetKind;
  material: Material;
  name?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  reductionMax?: Maybe<Scalars['Float']['output']>;
  reductionMin?: Maybe<Scalars['Float']['output']>;
  /** GLOBAL, a region id or a country id. */
  scope: Scalars['ID']['output'];
  share?: Maybe<Scalars['Float']['output']>;
  sources: Array<Source>;
  stage?: Maybe<Stage>;
  targetYear: Scalars['Int']['output'];
};

/** Where a target stands: baseline, projection, reduction and the projects that move it. */
export type TargetEvaluation = {
  __typename?: 'TargetEvaluation';
  assumptions: Array<Scalars['String']['output']>;
  /** With a scenario: the same evaluation on the stored data. */
  baseline?: Maybe<TargetEvaluation>;
  baselineShare?: Maybe<Scalars['Float']['output']>;
  baselineTotal?: Maybe<Scalars['Float']['output']>;
  baselineYear: Scalars['Int']['output'];
  contributions: Array<ProjectContribution>;
  /** For MAX_SINGLE_COUNTRY_SHARE targets: how much the dominant country's projected supply must fall, nothing replacing it (consumption falls with it), for its share to reach the maximum: gapToMax / (1 − share), material's unit, 0 when within. Null otherwise. */
  cutToMax?: Maybe<Scalars['Float']['output']>;
  demand?: Maybe<Scalars['Float']['output']>;
  /** With a scenario: scenario − baseline (null without a scenario). */
  difference?: Maybe<TargetEvaluationDifference>;
  /** For MIN_DOMESTIC_SHARE and RECYCLED_CONTENT: the scope's own supply at the baseline (produced in the scope, or recovered metal), material's unit; null otherwise and without a baseline. */
  domesticSupply?: Maybe<Scalars['Float']['output']>;
  /** The top third country at the baseline. */
  dominant?: Maybe<Scalars['ID']['output']>;
  dominantValue?: Maybe<Scalars['Float']['output']>;
  /** True when the non-dominant supply covers the whole demand: the projected share is 0 and more project capacity (or a higher weight) cannot lower it; the weights then change what projects add, not the share. */
  floored: Scalars['Boolean']['output'];
  /** For MIN_DOMESTIC_SHARE and RECYCLED_CONTENT: the supply the projection still lacks to reach the minimum (0 when met), material's unit. */
  gap?: Maybe<Scalars['Float']['output']>;
  /** Extra non-dominant supply needed for a 30 % reduction (material's unit; 0 when met). Null without a baseline and for every kind but SINGLE_COUNTRY_REDUCTION. */
  gapTo30?: Maybe<Scalars['Float']['output']>;
  gapTo50?: Maybe<Scalars['Float']['output']>;
  /**
   * For MAX_SINGLE_COUNTRY_SHARE targets: the supply from other countries still needed in the target year for the
   * projected share to reach the maximum at the same demand — equally, how much of the dominant country's projected
   * supply others must replace: max(0, demand × (1 − share) − nonDominant), material's unit, 0 when within. Null for the
   * other kinds and without a baseline. (gapTo30 / gapTo50 do not apply to this kind.)
   */
  gapToMax?: Maybe<Scalars['Float']['output']>;
  /** For MAX_SINGLE_COUNTRY_SHARE targets: whether the projected share is at most the target's share. */
  meetsMaxShare?: Maybe<Scalars['Boolean']['output']>;
  /** For MIN_DOMESTIC_SHARE, RECYCLED_CONTENT and RECOVERY_RATE targets: the minimum share asked for (0–1). baselineShare and projectedShare are then the scope's own share (domestic production, or recovered metal), not a third country's. */
  minimum?: Maybe<Scalars['Float']['output']>;
  nonDominant?: Maybe<Scalars['Float']['output']>;
  /** Every project that adds to the non-dominant supply, also for a target without a baseline (then only projects inside the scope, the dominant country being unknown). */
  pipeline: Array<PipelineProject>;
  /** The same, projected for the target year. */
  projectedDomesticSupply?: Maybe<Scalars['Float']['output']>;
  projectedShare?: Maybe<Scalars['Float']['output']>;
  /** Why there is no baseline (status NO_BASELINE): evidence NONE, imports not recorded, or the kind not evaluated yet. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 1 − projected / baseline share. */
  reduction?: Maybe<Scalars['Float']['output']>;
  reductionMax: Scalars['Float']['output'];
  /** The thresholds used: the target's reductionMin / reductionMax (default 0.3 / 0.5). */
  reductionMin: Scalars['Float']['output'];
  scenario?: Maybe<Scalars['ID']['output']>;
  sources: Array<Source>;
  /**
   * MET_50, MET_30 or OFF_TRACK (single-country reduction); WITHIN_MAX or ABOVE_MAX (maximum share); MET or BELOW
   * (minimum domestic share, recycled content: the projected share reaches `minimum` or not); NO_BASELINE (the
   * figures that need a baseline are null, see reason) — always for RECOVERY_RATE, since no plant publishes its achieved recovery.
   */
  status: Scalars['String']['output'];
  target: Target;
  targetYear: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
  weights: StatusWeights;
};

/**
 * A target evaluated under a scenario minus the same evaluation on the stored data. The figures are null when either
 * side has no baseline (status NO_BASELINE): then there is nothing to compare, which is not "no change".
 */
export type TargetEvaluationDifference = {
  __typename?: 'TargetEvaluationDifference';
  /** Change of the dominant country's baseline-year share B (a scenario can change the baseline year's flows too). */
  baselineShare?: Maybe<Scalars['Float']['output']>;
  /** True when the dominant country is another one under the scenario. */
  dominantChanged: Scalars['Boolean']['output'];
  /** The status on the stored data and under the scenario (e.g. OFF_TRACK → MET_30). */
  fromStatus: Scalars['String']['output'];
  /** Change of the non-dominant supply still missing for a 30 % (50 %) reduction, material's unit. */
  gapTo30?: Maybe<Scalars['Float']['output']>;
  gapTo50?: Maybe<Scalars['Float']['output']>;
  /** Change of the supply still missing for the maximum share (MAX_SINGLE_COUNTRY_SHARE targets), material's unit; null otherwise. */
  gapToMax?: Maybe<Scalars['Float']['output']>;
  /** Change of the projected share P in the target year (negative: less dependent). */
  projectedShare?: Maybe<Scalars['Float']['output']>;
  /** Change of the reduction 1 − P/B (positive: closer to the target). */
  reduction?: Maybe<Scalars['Float']['output']>;
  statusChanged: Scalars['Boolean']['output'];
  toStatus: Scalars['String']['output'];
};

export type TargetKind =
  | 'MAX_SINGLE_COUNTRY_SHARE'
  | 'MIN_DOMESTIC_SHARE'
  | 'RECOVERY_RATE'
  | 'RECYCLED_CONTENT'
  | 'SINGLE_COUNTRY_REDUCTION';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Owned:
    | ( CompanyRowRecord )
    | ( FacilityRowRecord )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capacity: ResolverTypeWrapper<CapacityRowRecord>;
  CapacityBasis: CapacityBasis;
  CapacityKind: CapacityKind;
  CapacityMeasure: CapacityMeasure;
  Company: ResolverTypeWrapper<CompanyRowRecord>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  ControlShare: ResolverTypeWrapper<ControlShare>;
  Country: ResolverTypeWrapper<CountryRowRecord>;
  DataGap: ResolverTypeWrapper<DataGapRecordRecord>;
  Dependency: ResolverTypeWrapper<DependencyRecordRecord>;
  DependencyCell: ResolverTypeWrapper<DependencyCellRecordRecord>;
  DependencyDifference: ResolverTypeWrapper<DependencyDifference>;
  Designation: ResolverTypeWrapper<DesignationRecord>;
  EffectiveOwner: ResolverTypeWrapper<Omit<EffectiveOwner, 'owner'> & { owner: ResolversTypes['Company'] }>;
  EntityKind: EntityKind;
  Evidence: Evidence;
  ExposurePath: ResolverTypeWrapper<ExposurePath>;
  Facility: ResolverTypeWrapper<FacilityRowRecord>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversTypes['FacilityEdge']> }>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityFilter: FacilityFilter;
  FacilityStatus: FacilityStatus;
  FacilityType: FacilityType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRecord>;
  GraphNode: ResolverTypeWrapper<GraphNodeRecord>;
  Holding: ResolverTypeWrapper<OwnershipRowRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportError: ResolverTypeWrapper<ImportError>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvestorBasis: InvestorBasis;
  InvestorFacility: ResolverTypeWrapper<InvestorFacilityRecordRecord>;
  InvestorRegions: ResolverTypeWrapper<InvestorRegionsRecordRecord>;
  InvestorRegionsDifference: ResolverTypeWrapper<InvestorRegionsDifference>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LookThrough: ResolverTypeWrapper<LookThroughRecordRecord>;
  LookThroughDifference: ResolverTypeWrapper<LookThroughDifference>;
  Material: ResolverTypeWrapper<MaterialRowRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OriginShare: ResolverTypeWrapper<OriginShare>;
  OriginShareDifference: ResolverTypeWrapper<OriginShareDifference>;
  Owned: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Owned']>;
  OwnerShare: ResolverTypeWrapper<Omit<OwnerShare, 'owner'> & { owner: ResolversTypes['Company'] }>;
  Ownership: ResolverTypeWrapper<OwnershipRecordRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PipelineProject: ResolverTypeWrapper<Omit<PipelineProject, 'facility'> & { facility: ResolversTypes['Facility'] }>;
  ProjectContribution: ResolverTypeWrapper<Omit<ProjectContribution, 'facility'> & { facility: ResolversTypes['Facility'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecoveredMetal: ResolverTypeWrapper<RecoveredMetal>;
  RecoveredShare: ResolverTypeWrapper<Omit<RecoveredShare, 'plants'> & { plants: Array<ResolversTypes['Facility']> }>;
  RecycledContent: ResolverTypeWrapper<RecycledContent>;
  Recycling: ResolverTypeWrapper<RecyclingRecordRecord>;
  RecyclingLink: ResolverTypeWrapper<RecyclingLink>;
  RecyclingNode: ResolverTypeWrapper<RecyclingNode>;
  RecyclingParameter: ResolverTypeWrapper<RecyclingParameterRecordRecord>;
  RecyclingParameterInput: RecyclingParameterInput;
  Region: ResolverTypeWrapper<RegionRowRecord>;
  Report: ResolverTypeWrapper<Omit<Report, 'baseline' | 'sources'> & { baseline?: Maybe<ResolversTypes['Report']>, sources: Array<ResolversTypes['Source']> }>;
  ReportColumn: ResolverTypeWrapper<ReportColumn>;
  ReportColumnType: ReportColumnType;
  ReportInfo: ResolverTypeWrapper<ReportInfo>;
  Scenario: ResolverTypeWrapper<ScenarioRowRecord>;
  ScenarioInput: ScenarioInput;
  ScenarioResult: ResolverTypeWrapper<Omit<ScenarioResult, 'scenario'> & { scenario?: Maybe<ResolversTypes['Scenario']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRowRecord>;
  Stage: Stage;
  StandIn: ResolverTypeWrapper<Omit<StandIn, 'facility'> & { facility: ResolversTypes['Facility'] }>;
  StatusChange: ResolverTypeWrapper<StatusChangeRecord>;
  StatusWeights: ResolverTypeWrapper<StatusWeights>;
  StatusWeightsInput: StatusWeightsInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  Target: ResolverTypeWrapper<TargetRowRecord>;
  TargetEvaluation: ResolverTypeWrapper<TargetEvaluationRecordRecord>;
  TargetEvaluationDifference: ResolverTypeWrapper<TargetEvaluationDifference>;
  TargetKind: TargetKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Capacity: CapacityRowRecord;
  Company: CompanyRowRecord;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  ControlShare: ControlShare;
  Country: CountryRowRecord;
  DataGap: DataGapRecordRecord;
  Dependency: DependencyRecordRecord;
  DependencyCell: DependencyCellRecordRecord;
  DependencyDifference: DependencyDifference;
  Designation: DesignationRecord;
  EffectiveOwner: Omit<EffectiveOwner, 'owner'> & { owner: ResolversParentTypes['Company'] };
  ExposurePath: ExposurePath;
  Facility: FacilityRowRecord;
  FacilityConnection: Omit<FacilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['FacilityEdge']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityFilter: FacilityFilter;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeRecord;
  GraphNode: GraphNodeRecord;
  Holding: OwnershipRowRecord;
  ID: Scalars['ID']['output'];
  ImportError: ImportError;
  ImportResult: ImportResult;
  Int: Scalars['Int']['output'];
  InvestorFacility: InvestorFacilityRecordRecord;
  InvestorRegions: InvestorRegionsRecordRecord;
  InvestorRegionsDifference: InvestorRegionsDifference;
  JSON: Scalars['JSON']['output'];
  LookThrough: LookThroughRecordRecord;
  LookThroughDifference: LookThroughDifference;
  Material: MaterialRowRecord;
  Mutation: Record<PropertyKey, never>;
  OriginShare: OriginShare;
  OriginShareDifference: OriginShareDifference;
  Owned: ResolversUnionTypes<ResolversParentTypes>['Owned'];
  OwnerShare: Omit<OwnerShare, 'owner'> & { owner: ResolversParentTypes['Company'] };
  Ownership: OwnershipRecordRecord;
  PageInfo: PageInfo;
  PipelineProject: Omit<PipelineProject, 'facility'> & { facility: ResolversParentTypes['Facility'] };
  ProjectContribution: Omit<ProjectContribution, 'facility'> & { facility: ResolversParentTypes['Facility'] };
  Query: Record<PropertyKey, never>;
  RecoveredMetal: RecoveredMetal;
  RecoveredShare: Omit<RecoveredShare, 'plants'> & { plants: Array<ResolversParentTypes['Facility']> };
  RecycledContent: RecycledContent;
  Recycling: RecyclingRecordRecord;
  RecyclingLink: RecyclingLink;
  RecyclingNode: RecyclingNode;
  RecyclingParameter: RecyclingParameterRecordRecord;
  RecyclingParameterInput: RecyclingParameterInput;
  Region: RegionRowRecord;
  Report: Omit<Report, 'baseline' | 'sources'> & { baseline?: Maybe<ResolversParentTypes['Report']>, sources: Array<ResolversParentTypes['Source']> };
  ReportColumn: ReportColumn;
  ReportInfo: ReportInfo;
  Scenario: ScenarioRowRecord;
  ScenarioInput: ScenarioInput;
  ScenarioResult: Omit<ScenarioResult, 'scenario'> & { scenario?: Maybe<ResolversParentTypes['Scenario']> };
  SearchHit: SearchHitRecord;
  Source: SourceRowRecord;
  StandIn: Omit<StandIn, 'facility'> & { facility: ResolversParentTypes['Facility'] };
  StatusChange: StatusChangeRecord;
  StatusWeights: StatusWeights;
  StatusWeightsInput: StatusWeightsInput;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  Target: TargetRowRecord;
  TargetEvaluation: TargetEvaluationRecordRecord;
  TargetEvaluationDifference: TargetEvaluationDifference;
}>;

export type CapacityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['CapacityBasis'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CapacityKind'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['CapacityMeasure']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operates?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CompanyConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
}>;

export type ControlShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ControlShare'] = ResolversParentTypes['ControlShare']> = ResolversObject<{
  origin?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  eu?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oecd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type DataGapResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DataGap'] = ResolversParentTypes['DataGap']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lookAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type DependencyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Dependency'] = ResolversParentTypes['Dependency']> = ResolversObject<{
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Dependency']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['DependencyDifference']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['DataGap']>, ParentType, ContextType>;
  hhi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  importsRecorded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownershipCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  producedInScope?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recovered?: Resolver<Array<ResolversTypes['RecoveredShare']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  standIns?: Resolver<Array<ResolversTypes['StandIn']>, ParentType, ContextType>;
  thirdCountryKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  top?: Resolver<Maybe<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  topThirdCountry?: Resolver<Maybe<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DependencyCellResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DependencyCell'] = ResolversParentTypes['DependencyCell']> = ResolversObject<{
  dependency?: Resolver<ResolversTypes['Dependency'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
}>;

export type DependencyDifferenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DependencyDifference'] = ResolversParentTypes['DependencyDifference']> = ResolversObject<{
  hhi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['OriginShareDifference']>, ParentType, ContextType>;
  topChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topThirdCountryChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topThirdCountryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DesignationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Designation'] = ResolversParentTypes['Designation']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type EffectiveOwnerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['EffectiveOwner'] = ResolversParentTypes['EffectiveOwner']> = ResolversObject<{
  isUltimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExposurePathResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ExposurePath'] = ResolversParentTypes['ExposurePath']> = ResolversObject<{
  assumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capacities?: Resolver<Array<ResolversTypes['Capacity']>, ParentType, ContextType>;
  chemistry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  designations?: Resolver<Array<ResolversTypes['Designation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  processStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  statusDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  statusIn?: Resolver<Maybe<ResolversTypes['FacilityStatus']>, ParentType, ContextType, RequireFields<FacilityStatusInArgs, 'year'>>;
  supplyCapacity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<FacilitySupplyCapacityArgs, 'year'>>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FacilityConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FacilityEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HoldingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owned?: Resolver<ResolversTypes['Owned'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type ImportErrorResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportError'] = ResolversParentTypes['ImportError']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  counts?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InvestorFacilityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['InvestorFacility'] = ResolversParentTypes['InvestorFacility']> = ResolversObject<{
  byRegion?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  controller?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  controllerRegion?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
}>;

export type InvestorRegionsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['InvestorRegions'] = ResolversParentTypes['InvestorRegions']> = ResolversObject<{
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['InvestorRegions']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['InvestorBasis'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['InvestorRegionsDifference']>, ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['InvestorFacility']>, ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestorRegionsDifferenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['InvestorRegionsDifference'] = ResolversParentTypes['InvestorRegionsDifference']> = ResolversObject<{
  shares?: Resolver<Array<ResolversTypes['OriginShareDifference']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LookThroughResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['LookThrough'] = ResolversParentTypes['LookThrough']> = ResolversObject<{
  assumed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['LookThrough']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['LookThroughDifference']>, ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Dependency'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['ExposurePath']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  topThirdCountry?: Resolver<Maybe<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LookThroughDifferenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['LookThroughDifference'] = ResolversParentTypes['LookThroughDifference']> = ResolversObject<{
  assumed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['OriginShareDifference']>, ParentType, ContextType>;
  topThirdCountryChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topThirdCountryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createScenario?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType, RequireFields<MutationCreateScenarioArgs, 'scenario'>>;
  deleteScenario?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType, RequireFields<MutationDeleteScenarioArgs, 'id'>>;
  importDataset?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportDatasetArgs, 'document' | 'replace'>>;
  updateScenario?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType, RequireFields<MutationUpdateScenarioArgs, 'scenario'>>;
}>;

export type OriginShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OriginShare'] = ResolversParentTypes['OriginShare']> = ResolversObject<{
  origin?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OriginShareDifferenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OriginShareDifference'] = ResolversParentTypes['OriginShareDifference']> = ResolversObject<{
  baselineShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scenarioShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OwnedResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Owned'] = ResolversParentTypes['Owned']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Company' | 'Facility', ParentType, ContextType>;
}>;

export type OwnerShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OwnerShare'] = ResolversParentTypes['OwnerShare']> = ResolversObject<{
  owner?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type OwnershipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Ownership'] = ResolversParentTypes['Ownership']> = ResolversObject<{
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['ControlShare']>, ParentType, ContextType>;
  controlChain?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  controller?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  controllerUnknown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  converged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  effectiveOwners?: Resolver<Array<ResolversTypes['EffectiveOwner']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iterations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  ultimateOwners?: Resolver<Array<ResolversTypes['OwnerShare']>, ParentType, ContextType>;
  unknownShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PipelineProjectResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PipelineProject'] = ResolversParentTypes['PipelineProject']> = ResolversObject<{
  adds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  baselineSupply?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  viaFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProjectContributionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProjectContribution'] = ResolversParentTypes['ProjectContribution']> = ResolversObject<{
  adds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  baselineSupply?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
  viaFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  capacityByInvestorRegion?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType, RequireFields<QueryCapacityByInvestorRegionArgs, 'by' | 'scope' | 'stage' | 'year'>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  dataGaps?: Resolver<Array<ResolversTypes['DataGap']>, ParentType, ContextType, Partial<QueryDataGapsArgs>>;
  dependency?: Resolver<ResolversTypes['Dependency'], ParentType, ContextType, RequireFields<QueryDependencyArgs, 'basis' | 'material' | 'scope' | 'stage' | 'year'>>;
  dependencyMatrix?: Resolver<Array<ResolversTypes['DependencyCell']>, ParentType, ContextType, RequireFields<QueryDependencyMatrixArgs, 'basis' | 'scope' | 'year'>>;
  dependencySeries?: Resolver<Array<ResolversTypes['Dependency']>, ParentType, ContextType, RequireFields<QueryDependencySeriesArgs, 'basis' | 'material' | 'scope' | 'stage'>>;
  exportDataset?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  facilities?: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  investorRegions?: Resolver<ResolversTypes['InvestorRegions'], ParentType, ContextType, RequireFields<QueryInvestorRegionsArgs, 'by' | 'scope' | 'stage' | 'year'>>;
  lookThrough?: Resolver<ResolversTypes['LookThrough'], ParentType, ContextType, RequireFields<QueryLookThroughArgs, 'material' | 'paths' | 'scope' | 'stage' | 'upstream' | 'year'>>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType, RequireFields<QueryOwnershipArgs, 'entity'>>;
  plantTracker?: Resolver<ResolversTypes['Report'], ParentType, ContextType, Partial<QueryPlantTrackerArgs>>;
  recycling?: Resolver<ResolversTypes['Recycling'], ParentType, ContextType, RequireFields<QueryRecyclingArgs, 'scope' | 'year'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<Array<ResolversTypes['ReportInfo']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarios?: Resolver<Array<ResolversTypes['Scenario']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'depth' | 'ids' | 'limit'>>;
  targetEvaluations?: Resolver<Array<ResolversTypes['TargetEvaluation']>, ParentType, ContextType, Partial<QueryTargetEvaluationsArgs>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  validateDataset?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<QueryValidateDatasetArgs, 'document' | 'replace'>>;
}>;

export type RecoveredMetalResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecoveredMetal'] = ResolversParentTypes['RecoveredMetal']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  benchmarkShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  benchmarkYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['OriginShare']>, ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetsTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recoveryRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recoveryRateKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetInForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecoveredShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecoveredShare'] = ResolversParentTypes['RecoveredShare']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inStatistic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  plants?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecycledContentResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecycledContent'] = ResolversParentTypes['RecycledContent']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cellDemand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellDemandHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellDemandLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recovered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recoveredHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recoveredLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type RecyclingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Recycling'] = ResolversParentTypes['Recycling']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Recycling']>, ParentType, ContextType>;
  batteryInput?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  blackMass?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  blackMassBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportBan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exported?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  flowsRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['DataGap']>, ParentType, ContextType>;
  hydrometCapacity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hydrometFree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  keptByBan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['RecyclingLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecyclingNode']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['RecyclingParameter']>, ParentType, ContextType>;
  processedBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processedInScope?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recovered?: Resolver<Array<ResolversTypes['RecoveredMetal']>, ParentType, ContextType>;
  recycledContent?: Resolver<Array<ResolversTypes['RecycledContent']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  smeltingInput?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  unallocated?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecyclingLinkResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecyclingLink'] = ResolversParentTypes['RecyclingLink']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecyclingNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecyclingNode'] = ResolversParentTypes['RecyclingNode']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecyclingParameterResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecyclingParameter'] = ResolversParentTypes['RecyclingParameter']> = ResolversObject<{
  chemistry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  material?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['ReportColumn']>, ParentType, ContextType>;
  footnotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ReportColumnResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ReportColumn'] = ResolversParentTypes['ReportColumn']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReportColumnType'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ReportInfo'] = ResolversParentTypes['ReportInfo']> = ResolversObject<{
  defaultScope?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  defaultSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overrides?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type ScenarioResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ScenarioResult'] = ResolversParentTypes['ScenarioResult']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['ImportError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  accessed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StandInResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['StandIn'] = ResolversParentTypes['StandIn']> = ResolversObject<{
  estimatedWith?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StatusChangeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FacilityStatus'], ParentType, ContextType>;
}>;

export type StatusWeightsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['StatusWeights'] = ResolversParentTypes['StatusWeights']> = ResolversObject<{
  CANCELLED?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  OPERATING?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  PAUSED?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  PLANNED?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  RAMP_UP?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  STOPPED?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  UNDER_CONSTRUCTION?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TargetResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = ResolversObject<{
  baselineYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  demand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reductionMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reductionMin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetEvaluationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TargetEvaluation'] = ResolversParentTypes['TargetEvaluation']> = ResolversObject<{
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['TargetEvaluation']>, ParentType, ContextType>;
  baselineShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['ProjectContribution']>, ParentType, ContextType>;
  cutToMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  demand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['TargetEvaluationDifference']>, ParentType, ContextType>;
  domesticSupply?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dominant?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dominantValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  floored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapTo30?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapTo50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapToMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meetsMaxShare?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nonDominant?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pipeline?: Resolver<Array<ResolversTypes['PipelineProject']>, ParentType, ContextType>;
  projectedDomesticSupply?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reduction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reductionMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reductionMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['StatusWeights'], ParentType, ContextType>;
}>;

export type TargetEvaluationDifferenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TargetEvaluationDifference'] = ResolversParentTypes['TargetEvaluationDifference']> = ResolversObject<{
  baselineShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dominantChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gapTo30?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapTo50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapToMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projectedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reduction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  statusChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AppContext> = ResolversObject<{
  Capacity?: CapacityResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  ControlShare?: ControlShareResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  DataGap?: DataGapResolvers<ContextType>;
  Dependency?: DependencyResolvers<ContextType>;
  DependencyCell?: DependencyCellResolvers<ContextType>;
  DependencyDifference?: DependencyDifferenceResolvers<ContextType>;
  Designation?: DesignationResolvers<ContextType>;
  EffectiveOwner?: EffectiveOwnerResolvers<ContextType>;
  ExposurePath?: ExposurePathResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  InvestorFacility?: InvestorFacilityResolvers<ContextType>;
  InvestorRegions?: InvestorRegionsResolvers<ContextType>;
  InvestorRegionsDifference?: InvestorRegionsDifferenceResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LookThrough?: LookThroughResolvers<ContextType>;
  LookThroughDifference?: LookThroughDifferenceResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OriginShare?: OriginShareResolvers<ContextType>;
  OriginShareDifference?: OriginShareDifferenceResolvers<ContextType>;
  Owned?: OwnedResolvers<ContextType>;
  OwnerShare?: OwnerShareResolvers<ContextType>;
  Ownership?: OwnershipResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PipelineProject?: PipelineProjectResolvers<ContextType>;
  ProjectContribution?: ProjectContributionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveredMetal?: RecoveredMetalResolvers<ContextType>;
  RecoveredShare?: RecoveredShareResolvers<ContextType>;
  RecycledContent?: RecycledContentResolvers<ContextType>;
  Recycling?: RecyclingResolvers<ContextType>;
  RecyclingLink?: RecyclingLinkResolvers<ContextType>;
  RecyclingNode?: RecyclingNodeResolvers<ContextType>;
  RecyclingParameter?: RecyclingParameterResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportColumn?: ReportColumnResolvers<ContextType>;
  ReportInfo?: ReportInfoResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioResult?: ScenarioResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StandIn?: StandInResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusWeights?: StatusWeightsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetEvaluation?: TargetEvaluationResolvers<ContextType>;
  TargetEvaluationDifference?: TargetEvaluationDifferenceResolvers<ContextType>;
}>;

