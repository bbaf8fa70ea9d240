/* eslint-disable @typescript-eslint/no-non-null-assertion -- term, posting and document indices into the typed arrays are in range by construction. */
import { nameOf, type Entity, type SearchHit } from '../graph-store.js';
import {
  SEARCH_FIELDS,
  bm25Frequency,
  fuzziness,
  fuzzyWeight,
  inverseDocumentFrequency,
  prefixWeight,
  splitText,
  wordMatches,
  wordsOf,
} from '../search-rules.js';

/**
 * The embedded store's full-text index over the graph entities: every entity's name (a source's title), aliases
 * and id, split into lower-cased words. It answers what the MiniSearch index it replaced answered, from a few typed
 * arrays instead of a radix tree of Maps: at 100k facilities (150k entities) ~10 MB of heap instead of ~141 MB.
 *
 * The rules (words, matches and their weights, field boosts, BM25+) are both stores' (search-rules.ts); this index
 * applies them with MiniSearch's particulars:
 * - BM25+'s idf is over all entities, per field; a field's length is the number of distinct raw pieces of its
 *   split, as MiniSearch counted it ({@link tokenize}); prefix and fuzzy weights take the matched word's length.
 * - Score: the query words' sums added (a repeated query word counts again), times the number of distinct query
 *   words.
 * - Order: score descending, then id ascending (MiniSearch left equal scores in the order its radix tree yielded
 *   them; the tie rule is ours, so a page boundary never depends on insertion history).
 *
 * Immutable: {@link SearchIndex.update} returns a new index, so readers of one data version keep theirs.
 */
export class SearchIndex {
  private constructor(
    /** Document ids, ascending: document `d` is the entity `ids[d]`; ties are broken by `d`. */
    private readonly ids: readonly string[],
    /** Per document and field (`d * FIELDS + f`): the number of distinct raw tokens (MiniSearch's field length). */
    private readonly lengths: Int32Array,
    /** The distinct words, ascending by UTF-16 code units, concatenated; word `t` is `text[start[t], start[t + 1])`. */
    private readonly termText: string,
    private readonly termStart: Int32Array,
    /** Postings, CSR over (word, field) = `t * FIELDS + f`: documents ascending, with the word's count there. */
    private readonly postStart: Int32Array,
    private readonly postDoc: Int32Array,
    private readonly postCount: Int32Array,
  ) {
    const n = ids.length;
    const sums = [0, 0, 0];
    for (let d = 0; d < n; d++) for (let f = 0; f < FIELDS; f++) sums[f]! += lengths[d * FIELDS + f]!;
    this.averageLength = sums.map((s) => (n === 0 ? 0 : s / n));
  }

  /** Mean field length over all documents, per field (BM25's length normalisation). */
  private readonly averageLength: readonly number[];

  /** The index of a set of entities (ids are unique across kinds). */
  static build(entities: Iterable<Entity>): SearchIndex {
    return SearchIndex.fromDocuments(
      [...entities].map(documentOf).sort((a, b) => compareIds(a.id, b.id)),
      EMPTY,
    );
  }

  /** How many entities the index holds. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * A new index: this one without the entities `removedIds` and with `added` (new or changed entities; an id in
   * `added` replaces the document it had). Only `added` is tokenised; the rest is one pass over the typed arrays.
   * Answers exactly what {@link SearchIndex.build} of the resulting entities answers. `this` is unchanged.
   */
  update(removedIds: Iterable<string>, added: Iterable<Entity>): SearchIndex {
    const addedDocs = new Map<string, Document>();
    for (const e of added) addedDocs.set(e.row.id, documentOf(e));
    const drop = new Set<string>(removedIds);
    for (const id of addedDocs.keys()) drop.add(id);
    return SearchIndex.fromDocuments(
      [...addedDocs.values()].sort((a, b) => compareIds(a.id, b.id)),
      {
        index: this,
        drop,
      },
    );
  }

  /**
   * Builds an index from `docs` (sorted by id, tokenised here) plus the documents of `base.index` that are not in
   * `base.drop` (taken from its postings without tokenising again).
   */
  private static fromDocuments(docs: readonly Document[], base: Base): SearchIndex {
    const old = base.index;
    // The documents of the new index, ascending by id: the kept old ones merged with the new ones.
    const ids: string[] = [];
    const oldToNew = new Int32Array(old?.ids.length ?? 0).fill(-1);
    const newDocOf = new Int32Array(docs.length);
    let i = 0;
    let j = 0;
    const oldIds = old?.ids ?? [];
    while (i < oldIds.length || j < docs.length) {
      while (i < oldIds.length && base.drop.has(oldIds[i]!)) i++;
      if (i >= oldIds.length && j >= docs.length) break;
      if (j >= docs.length || (i < oldIds.length && compareIds(oldIds[i]!, docs[j]!.id) < 0)) {
        oldToNew[i] = ids.length;
        ids.push(oldIds[i++]!);
      } else {
        newDocOf[j] = ids.length;
        ids.push(docs[j++]!.id);
      }
    }
    const lengths = new Int32Array(ids.length * FIELDS);
    if (old)
      for (let d = 0; d < oldToNew.length; d++) {
        const to = oldToNew[d]!;
        if (to >= 0) for (let f = 0; f < FIELDS; f++) lengths[to * FIELDS + f] = old.lengths[d * FIELDS + f]!;
      }

    // The new documents' words: for each word, its postings (field, document, count) in document order.
    const fresh = new Map<string, number[]>();
    docs.forEach((doc, k) => {
      const d = newDocOf[k]!;
      doc.fields.forEach((value, f) => {
        const { length, words } = tokenize(value);
        lengths[d * FIELDS + f] = length;
        const counts = new Map<string, number>();
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
        for (const [w, count] of counts) {
          let list = fresh.get(w);
          if (!list) fresh.set(w, (list = []));
          list.push(f, d, count);
        }
      });
    });
    const freshWords = [...fresh.keys()].sort(compareIds);

    // Merge the old words (their postings remapped, dropped documents left out) with the new ones, in order.
    const termParts: string[] = [];
    const termStarts: number[] = [0];
    const postStarts: number[] = [0];
    let postDoc = new Int32Array(Math.max(16, (old?.postDoc.length ?? 0) + freshWords.length * 2));
    let postCount = new Int32Array(postDoc.length);
    let p = 0;
    let termLength = 0;
    const push = (doc: number, count: number) => {
      if (p === postDoc.length) {
        const grownDoc = new Int32Array(postDoc.length * 2);
        grownDoc.set(postDoc);
        postDoc = grownDoc;
        const grownCount = new Int32Array(postDoc.length);
        grownCount.set(postCount);
        postCount = grownCount;
      }
      postDoc[p] = doc;
      postCount[p++] = count;
    };
    const oldTerms = old ? old.termStart.length - 1 : 0;
    let a = 0;
    let b = 0;
    while (a < oldTerms || b < freshWords.length) {
      const order = a >= oldTerms ? 1 : b >= freshWords.length ? -1 : old!.compareTerm(a, freshWords[b]!);
      const word = order <= 0 ? old!.term(a) : freshWords[b]!;
      const mark = p;
      const added = order >= 0 ? fresh.get(freshWords[b]!)! : undefined;
      const fieldStarts: number[] = [];
      for (let f = 0; f < FIELDS; f++) {
        fieldStarts.push(p);
        // Old postings of (word, field) and new ones, both ascending by new document index: merged.
        let x = order <= 0 ? old!.postStart[a * FIELDS + f]! : 0;
        const xEnd = order <= 0 ? old!.postStart[a * FIELDS + f + 1]! : 0;
        let y = 0;
        const ys = added ?? [];
        for (;;) {
          while (x < xEnd && oldToNew[old!.postDoc[x]!]! < 0) x++;
          while (y < ys.length && ys[y] !== f) y += 3;
          const xd = x < xEnd ? oldToNew[old!.postDoc[x]!]! : Infinity;
          const yd = y < ys.length ? ys[y + 1]! : Infinity;
          if (xd === Infinity && yd === Infinity) break;
          if (xd < yd) push(xd, old!.postCount[x++]!);
          else {
            push(yd, ys[y + 2]!);
            y += 3;
          }
        }
      }
      if (order <= 0) a++;
      if (order >= 0) b++;
      if (p === mark) continue; // every document with this word was removed: the word goes
      termParts.push(word);
      termLength += word.length;
      termStarts.push(termLength);
      for (let f = 1; f < FIELDS; f++) postStarts.push(fieldStarts[f]!);
      postStarts.push(p);
    }
    return new SearchIndex(
      ids,
      lengths,
      termParts.join(''),
      Int32Array.from(termStarts),
      Int32Array.from(postStarts),
      postDoc.slice(0, p),
      postCount.slice(0, p),
    );
  }

  /**
   * The hits for a text, best first, at most `first`; `entityOf` gives each hit's kind, name and aliases (the
   * index keeps only ids). Every query word must match; a text without words finds nothing.
   */
  search(text: string, first: number, entityOf: (id: string) => Entity | undefined): SearchHit[] {
    // Trimmed first, as the store always did: a tab or a byte-order mark at the ends is no part of a word.
    const queryWords = tokenize(text.trim()).words;
    const n = this.ids.length;
    if (queryWords.length === 0 || n === 0 || first <= 0) return [];
    // A repeated word counts again (MiniSearch added its score once per occurrence) but is looked up once.
    const occurrences = new Map<string, number>();
    for (const w of queryWords) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
    const total = new Float64Array(n);
    /** How many distinct query words each document has matched so far (AND: only those at `round` count). */
    const matchedWords = new Int32Array(n);
    const scratch = new Float64Array(n);
    let candidates: Int32Array = new Int32Array(0);
    let round = 0;
    for (const [word, times] of occurrences) {
      const scored = this.scoreWord(word, round === 0 ? null : { matchedWords, round }, scratch);
      if (scored.docs.length === 0) return [];
      scored.docs.forEach((d, k) => {
        total[d]! += times === 1 ? scored.scores[k]! : times * scored.scores[k]!;
        matchedWords[d] = round + 1;
      });
      candidates = scored.docs;
      round++;
    }
    const top = topDocuments(candidates, total, first);
    return top.map((d) => this.hit(d, total[d]! * occurrences.size, queryWords, entityOf));
  }

  /**
   * The score of one query word in every document that has a matching word (and, after the first query word,
   * that matched every earlier one): exact, then prefix matches, then fuzzy ones, each over the fields in order.
   */
  private scoreWord(
    word: string,
    only: { matchedWords: Int32Array; round: number } | null,
    scratch: Float64Array,
  ): { docs: Int32Array; scores: Float64Array } {
    const n = this.ids.length;
    const touched: number[] = [];
    for (const [t, weight] of this.matchingTerms(word)) {
      for (let f = 0; f < FIELDS; f++) {
        const from = this.postStart[t * FIELDS + f]!;
        const to = this.postStart[t * FIELDS + f + 1]!;
        if (from === to) continue;
        const df = to - from;
        const avg = this.averageLength[f]!;
        const boost = SEARCH_FIELDS[f]!.boost;
        const idf = inverseDocumentFrequency(df, n);
        for (let p = from; p < to; p++) {
          const d = this.postDoc[p]!;
          if (only && only.matchedWords[d] !== only.round) continue;
          const raw = idf * bm25Frequency(this.postCount[p]!, this.lengths[d * FIELDS + f]!, avg);
          const contribution = weight * boost * raw;
          if (scratch[d] === 0) touched.push(d);
          scratch[d]! += contribution;
        }
      }
    }
    const docs = Int32Array.from(touched);
    const scores = new Float64Array(touched.length);
    touched.forEach((d, k) => {
      scores[k] = scratch[d]!;
      scratch[d] = 0;
    });
    return { docs, scores };
  }

  /** The index's words a query word matches, with their weights: itself, its extensions, then near misses. */
  private matchingTerms(word: string): [term: number, weight: number][] {
    const out: [number, number][] = [];
    const from = this.lowerBound(word);
    const to = this.prefixEnd(from, word);
    const exact = from < to && this.termLength(from) === word.length ? from : -1;
    if (exact >= 0) out.push([exact, 1]);
    for (let t = from; t < to; t++) {
      if (t === exact) continue;
      const length = this.termLength(t);
      out.push([t, prefixWeight(length, length - word.length)]);
    }
    const maxDistance = fuzziness(word);
    if (maxDistance > 0)
      this.withinDistance(word, maxDistance, (t, distance) => {
        if (distance === 0 || (t >= from && t < to)) return;
        const length = this.termLength(t);
        out.push([t, fuzzyWeight(length, distance)]);
      });
    return out;
  }

  /**
   * Every word within `max` edits (Levenshtein) of `query`, in order, with its distance: a walk over the sorted
   * words as over a trie (one row of the distance matrix per letter, rows shared with the previous word's common
   * prefix), skipping every word under a prefix whose row is already beyond `max`.
   */
  private withinDistance(query: string, max: number, found: (term: number, distance: number) => void): void {
    const columns = query.length + 1;
    const longest = query.length + max;
    const rows = new Int32Array((longest + 1) * columns);
    for (let j = 0; j < columns; j++) rows[j] = j;
    const terms = this.termStart.length - 1;
    const text = this.termText;
    let pathStart = 0;
    let depth = 0;
    let t = 0;
    while (t < terms) {
      const start = this.termStart[t]!;
      const length = this.termStart[t + 1]! - start;
      let common = 0;
      const limit = Math.min(depth, length);
      while (common < limit && text.charCodeAt(pathStart + common) === text.charCodeAt(start + common)) common++;
      pathStart = start;
      depth = common;
      let skipPrefix = -1;
      for (let i = common + 1; i <= length; i++) {
        if (i > longest) {
          skipPrefix = i - 1;
          break;
        }
        const c = text.charCodeAt(start + i - 1);
        const row = i * columns;
        const above = row - columns;
        // Only cells within `max` of the diagonal can be ≤ max; the others are held at max + 1.
        const low = Math.max(1, i - max);
        const high = Math.min(columns - 1, i + max);
        rows[row] = i;
        if (low > 1) rows[row + low - 1] = max + 1;
        let least = low === 1 ? i : max + 1;
        for (let j = low; j <= high; j++) {
          const v = Math.min(
            rows[above + j - 1]! + (c === query.charCodeAt(j - 1) ? 0 : 1),
            j < i + max ? rows[above + j]! + 1 : max + 1,
            rows[row + j - 1]! + 1,
            max + 1,
          );
          rows[row + j] = v;
          if (v < least) least = v;
        }
        depth = i;
        if (least > max) {
          skipPrefix = i;
          break;
        }
      }
      if (skipPrefix >= 0) {
        t = this.prefixEnd(t + 1, text.slice(start, start + skipPrefix));
        continue;
      }
      // The last column is in the band only when the lengths are within `max` of each other.
      const distance = Math.abs(length - query.length) <= max ? rows[length * columns + columns - 1]! : max + 1;
      if (distance <= max) found(t, distance);
      t++;
    }
  }

  /** The hit for document `d`: what matched is its name if a query word matched there, else an alias, else the id. */
  private hit(
    d: number,
    score: number,
    queryWords: readonly string[],
    entityOf: (id: string) => Entity | undefined,
  ): SearchHit {
    const id = this.ids[d]!;
    const entity = entityOf(id);
    if (!entity) throw new Error(`the search index holds ${id}, which the data version it was given for does not`);
    const doc = documentOf(entity);
    const matching = (w: string) => queryWords.some((q) => wordMatches(q, w));
    const matchedIn = doc.fields.map((value) => tokenize(value).words.filter(matching));
    const aliases = 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
    const words = matchedIn.flat();
    const matched =
      matchedIn[0]!.length > 0
        ? doc.name
        : matchedIn[1]!.length > 0
          ? (aliases.find((a) => words.some((w) => a.toLowerCase().includes(w))) ?? aliases[0] ?? id)
          : id;
    return { id, kind: entity.kind, name: doc.name, score, matched };
  }

  private termLength(t: number): number {
    return this.termStart[t + 1]! - this.termStart[t]!;
  }

  private term(t: number): string {
    return this.termText.slice(this.termStart[t]!, this.termStart[t + 1]!);
  }

  /** Word `t` against a string, by UTF-16 code units (the order of the word table). */
  private compareTerm(t: number, s: string): number {
    const start = this.termStart[t]!;
    const length = this.termStart[t + 1]! - start;
    const n = Math.min(length, s.length);
    for (let k = 0; k < n; k++) {
      const diff = this.termText.charCodeAt(start + k) - s.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return length - s.length;
  }

  /** The first word not below `s`. */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.termStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareTerm(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** From `from` (a word starting with `prefix`, or the end), the first word that does not start with it. */
  private prefixEnd(from: number, prefix: string): number {
    let lo = from;
    let hi = this.termStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hasPrefix(mid, prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private hasPrefix(t: number, prefix: string): boolean {
    const start = this.termStart[t]!;
    if (this.termStart[t + 1]! - start < prefix.length) return false;
    for (let k = 0; k < prefix.length; k++)
      if (this.termText.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
    return true;
  }
}

/** The fields (search-rules.ts), in MiniSearch's order: name (a source's title), aliases (joined by spaces), id. */
const FIELDS = SEARCH_FIELDS.length;
const EMPTY: Base = { index: null, drop: new Set() };

interface Base {
  index: SearchIndex | null;
  drop: ReadonlySet<string>;
}

interface Document {
  id: string;
  name: string;
  /** name, aliases joined by spaces, id. */
  fields: readonly [string, string, string];
}

function documentOf(entity: Entity): Document {
  const row = entity.row;
  const name = nameOf(entity);
  const aliases = 'aliases' in row ? (row.aliases ?? []).join(' ') : '';
  return { id: row.id, name, fields: [name, aliases, row.id] };
}

/**
 * The words of a text, lower-cased, and its field length as MiniSearch counted it: the number of distinct raw
 * pieces of the split, before lower-casing and including an empty piece where the text starts or ends with a
 * separator (so "Alpha alpha" has length 2 and one word twice, an empty text length 1).
 */
export function tokenize(text: string): { length: number; words: string[] } {
  const pieces = splitText(text);
  return { length: new Set(pieces).size, words: wordsOf(pieces) };
}

/** The best `first` documents: score descending, then document (id) ascending. */
function topDocuments(candidates: Int32Array, score: Float64Array, first: number): number[] {
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  if (candidates.length <= first) return [...candidates].sort((a, b) => (better(a, b) ? -1 : 1));
  const top: number[] = [];
  for (const d of candidates) {
    if (top.length === first && !better(d, top[first - 1]!)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (better(top[mid]!, d)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, d);
    if (top.length > first) top.pop();
  }
  return top;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
