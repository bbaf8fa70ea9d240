import DataLoader from 'dataloader';
import type { CapacityRow, FacilityRow, OwnershipRow } from './dataset/types.js';
import type { Entity, GraphStore, RowByKind } from './store/graph-store.js';

/**
 * Per-request batch loaders: every lookup made while one GraphQL level resolves becomes one store call, so a
 * page of N facilities with owners, countries and sources costs a constant number of store calls.
 */
export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  owners: DataLoader<string, OwnershipRow[]>;
  holdings: DataLoader<string, OwnershipRow[]>;
  capacities: DataLoader<string, CapacityRow[]>;
  operated: DataLoader<string, FacilityRow[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  const byKey =
    <V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V) =>
    async (ids: readonly string[]) => {
      const found = await fetch(ids);
      return ids.map((id) => found.get(id) ?? missing);
    };
  return {
    entity: new DataLoader(byKey<Entity | null>((ids) => store.getEntities(ids), null)),
    owners: new DataLoader(byKey((ids) => store.ownersOf(ids), [])),
    holdings: new DataLoader(byKey((ids) => store.holdingsOf(ids), [])),
    capacities: new DataLoader(byKey((ids) => store.capacitiesOf(ids), [])),
    operated: new DataLoader(byKey((ids) => store.operatedBy(ids), [])),
  };
}

/** Loads entities of one kind by id, dropping ids that are missing or of another kind. */
export async function loadKind<K extends Entity['kind']>(
  loaders: Loaders,
  kind: K,
  ids: readonly string[],
): Promise<RowByKind[K][]> {
  const entities = await loaders.entity.loadMany(ids);
  const rows: RowByKind[K][] = [];
  for (const e of entities) if (e && !(e instanceof Error) && e.kind === kind) rows.push(e.row as RowByKind[K]);
  return rows;
}

/** Loads one entity of one kind, or null. */
export async function loadOne<K extends Entity['kind']>(
  loaders: Loaders,
  kind: K,
  id: string,
): Promise<RowByKind[K] | null> {
  const entity = await loaders.entity.load(id);
  return entity && entity.kind === kind ? (entity.row as RowByKind[K]) : null;
}
