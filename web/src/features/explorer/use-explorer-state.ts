import type { ColourMode, EdgeWidthMode } from '../../graph/style';
import type { LayoutName } from '../../graph/create-graph-view';
import { listParam, useUrlState, type UrlPatch } from '../../lib/url-state';

/** Neighbours shown per expansion before "show more". */
export const DEFAULT_LIMIT = 150;

export interface ExplorerState {
  /** Nodes whose neighbourhoods are shown. */
  ids: string[];
  selected: string | null;
  layout: LayoutName;
  colourBy: ColourMode;
  edgeWidth: EdgeWidthMode;
  material: string[];
  stage: string[];
  status: string[];
  country: string[];
  region: string[];
  year: number | null;
  limit: number;
  highlight: string[];
}

/** The explorer's state, read from and written to the URL. */
export function useExplorerState(): [ExplorerState, (patch: UrlPatch, options?: { replace?: boolean }) => void] {
  const { params, set } = useUrlState();
  const year = Number(params.get('year'));
  const limit = Number(params.get('limit'));
  return [
    {
      ids: listParam(params, 'ids'),
      selected: params.get('sel'),
      layout: params.get('layout') === 'force' ? 'force' : 'layered',
      colourBy: params.get('colour') === 'region' ? 'region' : 'country',
      edgeWidth: params.get('width') === 'share' ? 'share' : 'volume',
      material: listParam(params, 'material'),
      stage: listParam(params, 'stage'),
      status: listParam(params, 'status'),
      country: listParam(params, 'country'),
      region: listParam(params, 'region'),
      year: Number.isInteger(year) && year > 1900 ? year : null,
      limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT,
      highlight: listParam(params, 'hl'),
    },
    set,
  ];
}
