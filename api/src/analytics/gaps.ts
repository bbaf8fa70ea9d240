import type { GapRow, Stage } from '../dataset/types.js';
import type { Projection } from '../projection/projection.js';
import { GLOBAL, type Scope } from '../projection/scope.js';

/* What the data knowingly lacks (the dataset's `gaps` rows), shown where the number would be. */

/** Gap rows of a material and/or stage (a row without material or stage matches every one), in id order. */
export function dataGaps(p: Projection, query: { material?: string; stage?: Stage }): GapRow[] {
  return p.dataset.gaps
    .filter(
      (g) =>
        (query.material === undefined || g.material === undefined || g.material === query.material) &&
        (query.stage === undefined || g.stage === undefined || g.stage === query.stage),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The gaps behind one figure: rows of its material and stage (or without either), whose scope is unset, the
 * figure's scope, or (for a region) a member country, and whose year is unset or the figure's year.
 */
export function gapsFor(
  p: Projection,
  query: { material: string; stage: Stage; scope: Scope; year: number },
): GapRow[] {
  return dataGaps(p, query).filter((g) => {
    if (g.year !== undefined && g.year !== query.year) return false;
    if (g.scope === undefined || g.scope === query.scope.id) return true;
    // A member country's gap belongs to a region's figure; a GLOBAL figure rests on statistics by country
    // anyway and shows only the gaps written for it.
    if (query.scope.id === GLOBAL) return false;
    const c = p.countryIndex.get(g.scope);
    return c !== undefined && query.scope.mask[c] === 1;
  });
}
