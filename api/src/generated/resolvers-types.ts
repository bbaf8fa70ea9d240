import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FacilityRow as FacilityRowRecord, CompanyRow as CompanyRowRecord, CountryRow as CountryRowRecord, RegionRow as RegionRowRecord, MaterialRow as MaterialRowRecord, SourceRow as SourceRowRecord, OwnershipRow as OwnershipRowRecord, CapacityRow as CapacityRowRecord } from '../dataset/types.js';
import type { SearchHit as SearchHitRecord, GraphNode as GraphNodeRecord, GraphEdge as GraphEdgeRecord, Subgraph as SubgraphRecord } from '../store/graph-store.js';
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

export type Capacity = {
  __typename?: 'Capacity';
  kind: CapacityKind;
  material: Material;
  notes?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type CapacityKind =
  /** Built, nameplate at that year. */
  | 'INSTALLED'
  /** Announced for that year. */
  | 'PLANNED';

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

/** A mine, refinery, component plant, cell plant or recycler. */
export type Facility = {
  __typename?: 'Facility';
  aliases: Array<Scalars['String']['output']>;
  /** Capacity per material and year, in the material's unit. */
  capacities: Array<Capacity>;
  /** Cell chemistry (NMC, LFP, …) for cell plants. */
  chemistry?: Maybe<Scalars['String']['output']>;
  country: Country;
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
  type: FacilityType;
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

/** A node of the graph view: `data` is the entity's full row. */
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

export type Material = {
  __typename?: 'Material';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The unit every quantity of this material is counted in (t Li, GWh, …). */
  unit: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Always true; the root type must have a field. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Imports a dataset document: validated whole first; nothing is written when any row is bad.
   * Without `replace`, rows are upserted into the current data; with it, the dataset is swapped.
   * Needs the header `Authorization: Bearer <EDITOR_TOKEN>`.
   */
  importDataset: ImportResult;
};


export type MutationImportDatasetArgs = {
  document: Scalars['JSON']['input'];
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Owned = Company | Facility;

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Companies ordered by id, a page at a time (first: 1–500, default 50). */
  companies: CompanyConnection;
  company?: Maybe<Company>;
  countries: Array<Country>;
  /** The whole dataset in the interchange format. */
  exportDataset: Scalars['JSON']['output'];
  /** Facilities ordered by id, filtered, a page at a time (first: 1–500, default 50). */
  facilities: FacilityConnection;
  facility?: Maybe<Facility>;
  materials: Array<Material>;
  regions: Array<Region>;
  /** Type-ahead search over every entity: prefix and fuzzy matches on names, aliases and ids (first: 1–100). */
  search: Array<SearchHit>;
  /** One source by id. */
  source?: Maybe<Source>;
  sources: Array<Source>;
  /** The neighbourhood of some nodes, shaped for the graph view (depth 0–4, limit 1–5000 nodes). */
  subgraph: Subgraph;
  /** Checks a dataset document (docs/data-format.md) as `importDataset` would, writing nothing. */
  validateDataset: ImportResult;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFacilityArgs = {
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


export type QueryValidateDatasetArgs = {
  document: Scalars['JSON']['input'];
  replace?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An investor or economic region (EU, China, Korea, …). */
export type Region = {
  __typename?: 'Region';
  countries: Array<Country>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the node limit cut the neighbourhood short. */
  truncated: Scalars['Boolean']['output'];
};

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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Capacity: ResolverTypeWrapper<CapacityRowRecord>;
  CapacityKind: CapacityKind;
  Company: ResolverTypeWrapper<CompanyRowRecord>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  Country: ResolverTypeWrapper<CountryRowRecord>;
  EntityKind: EntityKind;
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
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Material: ResolverTypeWrapper<MaterialRowRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Owned: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Owned']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRowRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRowRecord>;
  Stage: Stage;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Capacity: CapacityRowRecord;
  Company: CompanyRowRecord;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  Country: CountryRowRecord;
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
  JSON: Scalars['JSON']['output'];
  Material: MaterialRowRecord;
  Mutation: Record<PropertyKey, never>;
  Owned: ResolversUnionTypes<ResolversParentTypes>['Owned'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionRowRecord;
  SearchHit: SearchHitRecord;
  Source: SourceRowRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
}>;

export type CapacityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CapacityKind'], ParentType, ContextType>;
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
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

export type CountryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  eu?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oecd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  capacities?: Resolver<Array<ResolversTypes['Capacity']>, ParentType, ContextType>;
  chemistry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MaterialResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  importDataset?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportDatasetArgs, 'document' | 'replace'>>;
}>;

export type OwnedResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Owned'] = ResolversParentTypes['Owned']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Company' | 'Facility', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  exportDataset?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  facilities?: Resolver<ResolversTypes['FacilityConnection'], ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  facility?: Resolver<Maybe<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<QueryFacilityArgs, 'id'>>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'depth' | 'ids' | 'limit'>>;
  validateDataset?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<QueryValidateDatasetArgs, 'document' | 'replace'>>;
}>;

export type RegionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type SubgraphResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AppContext> = ResolversObject<{
  Capacity?: CapacityResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Material?: MaterialResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Owned?: OwnedResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
}>;

