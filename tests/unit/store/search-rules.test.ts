import { describe, expect, it } from 'vitest';
import {
  bm25Frequency,
  boundedEditDistance,
  fuzziness,
  splitText,
  wordMatches,
} from '../../../api/src/store/search-rules.js';

/**
 * The rules both stores search by (api/src/store/search-rules.ts). How they rank together is held by the embedded
 * index's equivalence test against MiniSearch (search-index.test.ts), neo4j-model.test.ts and the search contract
 * suite; this file holds the edges of the pieces those tests reach only through whole queries.
 */

describe('bounded edit distance', () => {
  it.each([
    ['berlin', 'berlin', 2, 0],
    ['berln', 'berlin', 1, 1], // one insertion
    ['gigafactry', 'gigafactory', 2, 1], // one insertion
    ['kitten', 'sitting', 3, 3], // k→s, e→i, + g
    ['ab', 'ba', 2, 2], // a transposition is two edits (Levenshtein, as MiniSearch counts)
    ['宁德时代', '宁德时', 1, 1], // one deletion, per UTF-16 unit
  ])('%s → %s within %i: %i', (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
    expect(boundedEditDistance(b, a, max)).toBe(expected);
  });

  it.each([
    ['kitten', 'sitting', 2], // distance 3
    ['kitten', 'sitting', 1],
    ['li', 'lithium', 2], // the lengths alone differ by 5
    ['abcd', 'dcba', 1], // every row of the matrix beyond 1 before the end
    ['aaba', 'abaab', 1], // distance 3, though the last row still holds a 1 ('aaba' → 'aba')
    ['abc', 'abd', 0],
  ])('%s → %s beyond %i: max + 1', (a, b, max) => {
    expect(boundedEditDistance(a, b, max)).toBe(max + 1);
  });
});

describe('fuzziness by query word length', () => {
  it.each([
    ['', 0],
    ['acc', 0],
    ['volk', 1],
    ['volks', 1],
    ['berlin', 2],
    ['kaiserslautern', 2],
  ])('%j: %i edits', (word, edits) => {
    expect(fuzziness(word)).toBe(edits);
  });
});

describe('word matches', () => {
  it('matches the word itself, an extension, or a word within the fuzziness, nothing else', () => {
    expect(wordMatches('berlin', 'berlin')).toBe(true);
    expect(wordMatches('ber', 'berlin')).toBe(true); // a prefix needs no fuzziness
    expect(wordMatches('acc', 'acd')).toBe(false); // 3 letters: no edit allowed
    expect(wordMatches('volk', 'volx')).toBe(true); // 4 letters: 1 edit
    expect(wordMatches('volk', 'vxlx')).toBe(false);
    expect(wordMatches('berlin', 'bxrlxn')).toBe(true); // 6 letters: 2 edits
    expect(wordMatches('berlin', 'bxrxxn')).toBe(false);
    expect(wordMatches('berlin', 'ber')).toBe(false); // 3 deletions: the query is no prefix of a shorter word
  });
});

describe('split and BM25+', () => {
  it('keeps the empty pieces at the ends of a text (MiniSearch counts them in a field length)', () => {
    expect(splitText(" (Alpha) alpha O'Brien ")).toEqual(['', 'Alpha', 'alpha', 'O', 'Brien', '']);
    expect(splitText('')).toEqual(['']);
  });

  it('scores a word found once in a field of the mean length 1 + δ, less in a longer field, less again the second time', () => {
    // (1 · (k + 1)) / (1 + k · (1 − b + b · 1)) = 1, plus δ 0.5.
    expect(bm25Frequency(1, 4, 4)).toBeCloseTo(1.5, 12);
    expect(bm25Frequency(1, 8, 4)).toBeLessThan(bm25Frequency(1, 4, 4));
    // Saturates: twice the frequency, less than twice the score.
    expect(bm25Frequency(2, 4, 4)).toBeLessThan(2 * bm25Frequency(1, 4, 4) - 0.5);
  });
});
