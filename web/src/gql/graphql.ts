/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of entity an id names. */
export type EntityKind = 'company' | 'country' | 'facility' | 'material' | 'region' | 'scenario' | 'source' | 'target';

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
  'CANCELLED' | 'OPERATING' | 'PAUSED' | 'PLANNED' | 'RAMP_UP' | 'STOPPED' | 'UNDER_CONSTRUCTION';

export type FacilityType = 'CELL_PLANT' | 'COMPONENT_PLANT' | 'MINE' | 'RECYCLER' | 'REFINERY';

/** Stages of the value chain, in order. */
export type Stage = 'CELL' | 'COMPONENT' | 'EXTRACTION' | 'RECYCLING' | 'REFINING';

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;

export type SearchQuery = {
  search: Array<{ id: string; kind: EntityKind; name: string; matched: string; score: number }>;
};

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  filter?: FacilityFilter | null | undefined;
  limit?: number | null | undefined;
}>;

export type NeighbourhoodQuery = {
  subgraph: {
    truncated: boolean;
    nodes: Array<{ id: string; label: string; type: string; name: string; data: unknown }>;
    edges: Array<{ id: string; source: string; target: string; type: string; data: unknown }>;
  };
};

export type LookupsQueryVariables = Exact<{ [key: string]: never }>;

export type LookupsQuery = {
  countries: Array<{ id: string; name: string; eu: boolean; regions: Array<{ id: string }> }>;
  regions: Array<{ id: string; name: string }>;
  materials: Array<{ id: string; name: string; unit: string }>;
  sources: Array<{ id: string; title: string; publisher: string; year: number | null; url: string | null }>;
};

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
