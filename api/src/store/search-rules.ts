/**
 * The search rules both stores follow, held once: the embedded store's own index (embedded/search-index.ts) applies
 * them to its typed arrays, the Neo4j store (neo4j/model.ts) to the full-text candidates Neo4j returns. The rule is
 * MiniSearch's (options `fields: name, aliases, id`, `boost 3/2/1`, `prefix`, fuzzy by word length,
 * `combineWith: AND`, default weights and BM25+ parameters), which the embedded index is tested against
 * (tests/unit/store/search-index.test.ts); docs/performance.md ("Search") and docs/neo4j.md describe it for users.
 *
 * - Words ({@link searchTerms}): a text is split at spaces, line breaks and punctuation and lower-cased; a run of CJK
 *   characters without spaces is one word.
 * - Every word of the query must match a word of the entity (AND): the word itself (weight 1), a word it is the
 *   prefix of ({@link prefixWeight}), or a word within {@link fuzziness} edits ({@link fuzzyWeight}); a word that
 *   is both a prefix match and within the distance counts as a prefix match ({@link wordMatches}).
 * - Score: for each query word, Σ over matching (word, field) of weight × the field's boost ({@link SEARCH_FIELDS})
 *   × BM25+ ({@link BM25}: {@link inverseDocumentFrequency} × {@link bm25Frequency}).
 *
 * How each store adds the query words' sums up, orders ties and says what a hit matched is its own (see there).
 */

/** Spaces, line breaks and punctuation: where words end (MiniSearch's default tokenizer). */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * A text split where words end, as written: the pieces before lower-casing, with an empty piece where the text
 * starts or ends with a separator (MiniSearch counts the distinct pieces as the field's length).
 */
export function splitText(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** The words of split pieces ({@link splitText}): lower-cased, empty pieces left out. */
export function wordsOf(pieces: readonly string[]): string[] {
  return pieces.map((p) => p.toLowerCase()).filter((w) => w !== '');
}

/**
 * The words of a text as both stores search it: split at spaces, line breaks and punctuation (apostrophes and dots
 * included), lower-cased. A run of CJK characters without spaces is one word, so it is found by a prefix.
 *
 * @example searchTerms("O'Brien's Li-ion") // ['o', 'brien', 's', 'li', 'ion']
 */
export function searchTerms(text: string): string[] {
  return wordsOf(splitText(text));
}

/** The fields searched, in MiniSearch's order, with their boosts: name (a source's title) 3, aliases 2, id 1. */
export const SEARCH_FIELDS = [
  { field: 'name', boost: 3 },
  { field: 'aliases', boost: 2 },
  { field: 'id', boost: 1 },
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number]['field'];

/** Edits a query word may be away from a word it matches: none up to 3 letters, 1 up to 5, else 2. */
export function fuzziness(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/**
 * The weight of a prefix match (MiniSearch's `weights.prefix` 0.375): less the more letters the matched word adds,
 * 0.375 · length / (length + 0.3 · extra). MiniSearch's `length` is the matched word's.
 */
export function prefixWeight(length: number, extra: number): number {
  return (0.375 * length) / (length + 0.3 * extra);
}

/**
 * The weight of a match within the edit distance (MiniSearch's `weights.fuzzy` 0.45): less the further,
 * 0.45 · length / (length + distance). MiniSearch's `length` is the matched word's.
 */
export function fuzzyWeight(length: number, distance: number): number {
  return (0.45 * length) / (length + distance);
}

/**
 * Edit distance (insert, delete, substitute) between two words, or `max + 1` as soon as it is certain to exceed
 * `max` (the lengths differ by more, or a whole row of the matrix is beyond it).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
      );
      current.push(v);
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/** Whether a word of an entity matches a query word: itself, an extension of it, or within its {@link fuzziness}. */
export function wordMatches(query: string, word: string): boolean {
  if (word.startsWith(query)) return true;
  const max = fuzziness(query);
  return max > 0 && boundedEditDistance(query, word, max) <= max;
}

/** BM25+'s parameters, MiniSearch's defaults: term-frequency saturation k, length normalisation b, floor δ (d). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** BM25's rarity factor of a word found in `matching` of `total` documents (in one field). */
export function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/**
 * BM25+'s term-frequency and length part: a word found `termFreq` times in a field of `fieldLength` words, against
 * the field's mean length; written as MiniSearch computes it.
 */
export function bm25Frequency(termFreq: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength));
}
