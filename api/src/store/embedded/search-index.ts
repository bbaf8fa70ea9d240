import MiniSearch from 'minisearch';
import type { Entity, EntityKind, SearchHit } from '../graph-store.js';

interface SearchDocument {
  id: string;
  name: string;
  aliases: string;
}

/** A change of the shared MiniSearch not yet applied: the documents to remove, then the ones to add. */
interface Pending {
  parent: Pending | null;
  removed: SearchDocument[];
  added: SearchDocument[];
  applied: boolean;
}

/**
 * Full-text search over the graph entities (name or title, aliases, id) for GraphStore.search, with the interface
 * agreed in /work/plan/iface-search.md (the compact index of issue 13 replaces this MiniSearch-based body).
 * `update` gives the index of the next data version from this one in proportion to what changed. The MiniSearch
 * behind it is shared and changed in place, so the change is applied when the NEW index is first searched, i.e.
 * after the store has swapped to it: readers of the old version never see it, and an index of a write that failed
 * is never searched, so its change is never applied.
 */
export class SearchIndex {
  private constructor(
    private readonly index: MiniSearch<SearchDocument>,
    /** The documents held, by id: `update` removes a document exactly as it was added. */
    private readonly documents: ReadonlyMap<string, SearchDocument>,
    private readonly pending: Pending | null,
  ) {}

  /** The index over every entity. */
  static build(entities: Iterable<Entity>): SearchIndex {
    const index = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases', 'id'],
      // Kind and name are read from the entity itself: storing them in the index would hold a second copy.
      storeFields: [],
      searchOptions: {
        boost: { name: 3, aliases: 2, id: 1 },
        prefix: true,
        // Edit distance by term length: exact up to 3 letters, one typo up to 5, two beyond (a transposition is 2).
        fuzzy: (term) => (term.length <= 3 ? false : term.length <= 5 ? 1 : 2),
        combineWith: 'AND',
      },
    });
    const documents = new Map<string, SearchDocument>();
    for (const entity of entities) {
      const document = documentOf(entity);
      documents.set(document.id, document);
    }
    index.addAll([...documents.values()]);
    return new SearchIndex(index, documents, null);
  }

  /**
   * The index without `removedIds` and with `added` (new or changed entities; an id in `added` replaces the
   * document held). Answers as {@link SearchIndex.build} of the resulting entities would.
   */
  update(removedIds: Iterable<string>, added: Iterable<Entity>): SearchIndex {
    const documents = new Map(this.documents);
    const pending: Pending = { parent: this.pending, removed: [], added: [], applied: false };
    const remove = (id: string) => {
      const held = documents.get(id);
      if (held === undefined) return;
      pending.removed.push(held);
      documents.delete(id);
    };
    for (const id of removedIds) remove(id);
    for (const entity of added) {
      const document = documentOf(entity);
      remove(document.id);
      pending.added.push(document);
      documents.set(document.id, document);
    }
    return new SearchIndex(this.index, documents, pending);
  }

  /** The best `first` hits for `text` (prefix and fuzzy matches, every term required), best first. */
  search(text: string, first: number, entityOf: (id: string) => Entity | undefined): SearchHit[] {
    apply(this.pending, this.index);
    const query = text.trim();
    if (query === '') return [];
    const results = this.index.search(query);
    return results.slice(0, first).map((r) => {
      const fields = new Set(Object.values(r.match).flat());
      const entity = entityOf(String(r.id));
      const name = entity ? nameOf(entity) : String(r.id);
      const aliases = entity && 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
      const matched = fields.has('name')
        ? name
        : fields.has('aliases')
          ? (aliases.find((a) => r.terms.some((t) => a.toLowerCase().includes(t))) ?? aliases[0] ?? String(r.id))
          : String(r.id);
      return { id: String(r.id), kind: entity?.kind as EntityKind, name, score: r.score, matched };
    });
  }
}

/** Applies a chain of pending changes to the shared MiniSearch, oldest first, each once. */
function apply(pending: Pending | null, index: MiniSearch<SearchDocument>): void {
  if (pending === null || pending.applied) return;
  apply(pending.parent, index);
  // `remove` (not `discard`) takes the terms out of the statistics at once: scores are those of a fresh build.
  for (const document of pending.removed) index.remove(document);
  index.addAll(pending.added);
  pending.applied = true;
}

function documentOf(entity: Entity): SearchDocument {
  return {
    id: entity.row.id,
    name: nameOf(entity),
    aliases: 'aliases' in entity.row ? (entity.row.aliases ?? []).join(' ') : '',
  };
}

/** What the graph view and the search hits call an entity: its name, a source's title, else its id. */
export function nameOf(entity: Entity): string {
  return entity.kind === 'source'
    ? entity.row.title
    : 'name' in entity.row
      ? (entity.row.name ?? entity.row.id)
      : entity.row.id;
}
