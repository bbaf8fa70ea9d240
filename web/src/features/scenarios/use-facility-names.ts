import { useQuery } from '../../lib/use-query';
import { FacilityNamesDocument } from './queries';

/** Names of the given facility ids (one request, cached); an id not found keeps itself as its name. */
export function useFacilityNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const sorted = [...new Set(ids)].sort();
  const { data } = useQuery(FacilityNamesDocument, { ids: sorted }, { skip: sorted.length === 0 });
  return new Map((data?.subgraph.nodes ?? []).map((n) => [n.id, n.name]));
}
