import { useMemo } from 'react';
import type { LookupsQuery } from '../gql/graphql';
import { useQuery } from './use-query';
import { LookupsDocument } from './lookups-queries';

export interface Lookups {
  data: LookupsQuery | undefined;
  error: Error | undefined;
  /** Country id → its region ids. */
  regionsOf: Map<string, string[]>;
  /** Any id (country, region, material) → its name. */
  names: Map<string, string>;
  sources: Map<string, LookupsQuery['sources'][number]>;
}

/** Countries, regions, materials and sources: the reference data every view names things with. */
export function useLookups(): Lookups {
  const { data, error } = useQuery(LookupsDocument, {});
  return useMemo(() => {
    const regionsOf = new Map<string, string[]>();
    const names = new Map<string, string>();
    const sources = new Map<string, LookupsQuery['sources'][number]>();
    for (const c of data?.countries ?? []) {
      regionsOf.set(
        c.id,
        c.regions.map((r) => r.id),
      );
      names.set(c.id, c.name);
    }
    for (const r of data?.regions ?? []) names.set(r.id, r.name);
    for (const m of data?.materials ?? []) names.set(m.id, m.name);
    for (const s of data?.sources ?? []) sources.set(s.id, s);
    names.set('UNKNOWN', 'Unknown');
    names.set('GLOBAL', 'Global');
    return { data, error, regionsOf, names, sources };
  }, [data, error]);
}
