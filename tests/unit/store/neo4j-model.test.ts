import neo4j, { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DATASET_KEYS, countRows as countsOf, type Dataset, type DatasetKey } from '../../../api/src/dataset/types.js';
import { graphEdges } from '../../../api/src/store/embedded/memory-index.js';
import {
  KIND_OF_KEY,
  LABEL_OF_KIND,
  StoreLimitError,
  StoreUnavailableError,
} from '../../../api/src/store/graph-store.js';
import {
  ImportBatchError,
  ImportTooLargeError,
  isTransactionMemoryLimit,
  mapDriverError,
} from '../../../api/src/store/neo4j/errors.js';
import {
  edgeFromRelationship,
  entityFromRecord,
  fromNeo4j,
  kindOfLabels,
  luceneQuery,
  matchedField,
  rankSearchHits,
  searchScore,
  searchTerms,
  planBatches,
  relationshipRow,
  rowParams,
} from '../../../api/src/store/neo4j/model.js';
import { facilityFilterParams } from '../../../api/src/store/neo4j/neo4j-store.js';
import { fixture } from '../../helpers.js';

const RELATIONSHIP_KEYS = ['capacities', 'ownership', 'production', 'flows'] as const;

/** What Neo4j would hand back for a property map we wrote: plain values, integers as driver Integers. */
function stored(props: unknown): Record<string, unknown> {
  return fromNeo4j(props) as Record<string, unknown>;
}

describe('Neo4j integers at the door', () => {
  it('turns safe integers into numbers and unsafe ones into strings, recursively', () => {
    expect(fromNeo4j(neo4j.int(2024))).toBe(2024);
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(fromNeo4j({ a: [neo4j.int(1), { b: neo4j.int(-2) }], c: 1.5, d: 'x', e: null })).toEqual({
      a: [1, { b: -2 }],
      c: 1.5,
      d: 'x',
      e: null,
    });
    expect(fromNeo4j(12n)).toBe(12);
    expect(fromNeo4j(2n ** 60n)).toBe('1152921504606846976');
  });

  it('sends year fields as Neo4j integers and other numbers as floats', () => {
    const params = rowParams('capacities', fixture('contract.json').capacities[0]!);
    const props = params['props'] as Record<string, unknown>;
    expect(neo4j.isInt(props['year'])).toBe(true);
    expect(props['value']).toBe(10);
  });
});

describe('rows to parameters and back', () => {
  const dataset = fixture('contract.json');

  it('stores references as relationships and optional fields only when set', () => {
    const berlin = rowParams(
      'facilities',
      dataset.facilities.find((f) => f.id === 'cell-alpha-berlin')!,
    );
    expect(berlin['country']).toBe('DE');
    expect(berlin['operator']).toBe('co-alpha');
    expect(Object.keys(berlin['props'] as object)).not.toContain('country');
    expect(Object.keys(berlin['props'] as object)).not.toContain('operator');
    const acc = rowParams(
      'facilities',
      dataset.facilities.find((f) => f.id === 'cell-acc-kaiserslautern')!,
    );
    expect(acc['operator']).toBeNull();
    expect(Object.keys(acc['props'] as object)).not.toContain('chemistry');
    // A capacity row's basis is a property (the MERGE key needs it).
    expect((rowParams('capacities', dataset.capacities[0]!)['props'] as Record<string, unknown>)['basis']).toBe(
      'INSTALLED',
    );
    // Overrides, status histories and designations are JSON strings (Neo4j properties cannot hold maps).
    expect(
      typeof (rowParams('scenarios', dataset.scenarios[0]!)['props'] as Record<string, unknown>)['overrides'],
    ).toBe('string');
    const berlinProps = rowParams(
      'facilities',
      dataset.facilities.find((f) => f.id === 'cell-alpha-berlin')!,
    )['props'] as Record<string, unknown>;
    expect(typeof berlinProps['statusHistory']).toBe('string');
    expect(typeof berlinProps['designations']).toBe('string');
  });

  it('reads every entity row of the fixture back unchanged', () => {
    for (const key of Object.keys(KIND_OF_KEY) as (keyof typeof KIND_OF_KEY)[]) {
      for (const row of dataset[key]) {
        const params = rowParams(key, row);
        const entity = entityFromRecord({
          props: stored(params['props']),
          labels: ['Entity', LABEL_OF_KIND[KIND_OF_KEY[key]]],
          regions: (params['regions'] as string[] | undefined) ?? [],
          countries: params['country'] ? [params['country'] as string] : [],
          operators: params['operator'] ? [params['operator'] as string] : [],
        });
        expect(entity, `${key} ${row.id}`).toEqual({ kind: KIND_OF_KEY[key], row });
      }
    }
  });

  it('reads every relationship row of the fixture back unchanged', () => {
    for (const key of RELATIONSHIP_KEYS) {
      for (const row of dataset[key] as Dataset[typeof key][number][]) {
        const params = rowParams(key, row);
        const [source, target] =
          key === 'capacities'
            ? [params['facility'], params['material']]
            : key === 'ownership'
              ? [params['owner'], params['owned']]
              : key === 'production'
                ? [params['country'], params['material']]
                : [params['from'], params['to']];
        const back = relationshipRow(key, String(source), String(target), stored(params['props']));
        expect(back).toEqual(row);
      }
    }
  });

  it('builds the same graph-view edges (ids and data) as the embedded store', () => {
    const expected = graphEdges(dataset).sort((a, b) => (a.id < b.id ? -1 : 1));
    const actual = expected.map((edge) => {
      const key = { OWNS: 'ownership', HAS_CAPACITY: 'capacities', PRODUCED: 'production', SUPPLIES: 'flows' }[
        edge.type as string
      ] as DatasetKey | undefined;
      const props = key ? stored(rowParams(key, edge.data as never)['props']) : {};
      return edgeFromRelationship(edge.type, edge.source, edge.target, props);
    });
    expect(actual).toEqual(expected);
    expect(() => edgeFromRelationship('KNOWS', 'a', 'b', {})).toThrow(/unexpected relationship KNOWS/);
  });

  it('recognises only the labels of the allow-list', () => {
    expect(kindOfLabels(['Entity', 'Facility', 'CellPlant'])).toBe('facility');
    expect(kindOfLabels(['Meta'])).toBeNull();
    expect(
      entityFromRecord({ props: { id: 'x' }, labels: ['Person'], regions: [], countries: [], operators: [] }),
    ).toBe(null);
  });

  it('maps filters to parameters: absent is null, empty text is no condition, text lower-cased', () => {
    expect(facilityFilterParams(undefined)).toEqual({
      types: null,
      stages: null,
      statuses: null,
      countries: null,
      regions: null,
      materials: null,
      text: null,
    });
    expect(facilityFilterParams({ status: [], text: 'ACC', region: ['EU'] })).toMatchObject({
      statuses: [],
      text: 'acc',
      regions: ['EU'],
      types: null,
    });
    expect(facilityFilterParams({ text: '' })['text']).toBeNull();
  });
});

describe('batches', () => {
  it('cuts every key into batches of the configured size, in dependency order', () => {
    const dataset = fixture('contract.json');
    const batches = planBatches(dataset, 4);
    // 7 facilities in batches of 4: 2 batches (4 + 3 rows); 9 capacities: 3 batches (4 + 4 + 1).
    const facilities = batches.filter((b) => b.key === 'facilities');
    expect(facilities.map((b) => [b.index, b.of, b.start, b.rows.length])).toEqual([
      [0, 2, 0, 4],
      [1, 2, 4, 3],
    ]);
    expect(batches.filter((b) => b.key === 'capacities').map((b) => b.rows.length)).toEqual([4, 4, 1]);
    const order = [...new Set(batches.map((b) => b.key))];
    expect(order).toEqual(DATASET_KEYS.filter((k) => dataset[k].length > 0));
    expect(batches.reduce((n, b) => n + b.rows.length, 0)).toBe(
      DATASET_KEYS.reduce((n, k) => n + dataset[k].length, 0),
    );
  });

  it('writes a row once when the document repeats its natural key (the last one wins)', () => {
    const dataset = fixture('contract.json');
    dataset.capacities.push({ ...dataset.capacities[0]!, value: 11 });
    const rows = planBatches(dataset, 100).find((b) => b.key === 'capacities')!.rows;
    expect(rows.length).toBe(9);
    expect((rows[0]!['props'] as Record<string, unknown>)['value']).toBe(11);
  });

  it('refuses a batch size that is not a positive whole number', () => {
    expect(() => planBatches(fixture('contract.json'), 0)).toThrow(/positive integer/);
  });
});

describe('search query', () => {
  it('makes every word match a field exactly, as a prefix or within the allowed edit distance', () => {
    expect(luceneQuery('ACC')).toBe(
      '(searchName:acc^12 OR searchName:acc*^6 OR searchAliases:acc^8 OR searchAliases:acc*^4 OR searchId:acc^4 OR searchId:acc*^2)',
    );
    // "berln" has 5 letters: one edit; "kaiserslautern" more than 5: two.
    expect(luceneQuery('Berln')).toContain('searchName:berln~1^3');
    expect(luceneQuery('Kaiserslautern')).toContain('searchAliases:kaiserslautern~2^2');
    expect(luceneQuery('alpha berlin').split(' AND ').length).toBe(2);
  });

  it('splits words as the embedded store does: at spaces and punctuation, apostrophes and dots included', () => {
    expect(searchTerms("L'Oréal S.A. Li-ion")).toEqual(['l', 'oréal', 's', 'a', 'li', 'ion']);
    // A run of CJK characters is one word (found by its prefix), as in MiniSearch.
    expect(searchTerms('宁德时代 (CATL)')).toEqual(['宁德时代', 'catl']);
    expect(luceneQuery('宁德')).toContain('searchName:宁德*^6');
  });

  it('escapes what is left of Lucene syntax and gives nothing for no words', () => {
    // Punctuation separates words; a symbol (~, +) is part of a word, escaped.
    expect(luceneQuery('a:b* OR "c"~')).toBe(luceneQuery('a b or c ~'));
    expect(luceneQuery('~')).toContain('searchName:\\~^12');
    expect(luceneQuery('x+y')).toContain('searchName:x\\+y^12');
    expect(luceneQuery('  -- ')).toBe('');
  });

  it("stays within Lucene's clause limit for a long text", () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}lithium`);
    const query = luceneQuery(words.join(' '));
    expect(query.split(' AND ').length).toBe(30);
    // 6 clauses a word, plus up to 50 expansions for each of two fuzzy clauses where the budget allows.
    const fuzzy = (query.match(/~/g) ?? []).length;
    expect(30 * 6 + fuzzy * 50).toBeLessThanOrEqual(1024);
    expect(fuzzy).toBeGreaterThan(0);
  });

  it('ranks a name above an id, an exact word above a prefix, and needs every word', () => {
    const f = fixture('contract.json');
    const entity = (id: string) => ({ kind: 'facility', row: f.facilities.find((r) => r.id === id)! }) as const;
    const berlin = entity('cell-alpha-berlin');
    const debrecen = entity('cell-beta-debrecen');
    expect(searchScore(berlin, ['berlin'])).toBeGreaterThan(searchScore(berlin, ['berl']));
    expect(searchScore(berlin, ['alpha', 'nowhere'])).toBe(0);
    const ranked = rankSearchHits(
      [
        { entity: debrecen, score: 5 },
        { entity: berlin, score: 1 },
      ],
      'alpha berlin',
    );
    expect(ranked.map((h) => h.entity.row.id)).toEqual(['cell-alpha-berlin']);
  });

  it('says what a hit matched', () => {
    const berlin = { kind: 'facility', row: fixture('contract.json').facilities[3]! } as const;
    expect(matchedField(berlin, 'alpha')).toBe('Alpha Berlin cell plant');
    expect(matchedField(berlin, 'gigafactry')).toBe('Berlin gigafactory');
  });
});

describe('driver errors', () => {
  it('maps loss of service to StoreUnavailableError', () => {
    for (const code of [driverErrors.SERVICE_UNAVAILABLE, driverErrors.SESSION_EXPIRED]) {
      const mapped = mapDriverError(new Neo4jError('Could not perform discovery', code, '08000', 'connection'));
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as Error).message).toMatch(/Neo4j cannot be reached \(Could not perform discovery\)/);
    }
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(mapDriverError(refused)).toBeInstanceOf(StoreUnavailableError);
  });

  it('says what to do about refused credentials and a missing database', () => {
    const auth = mapDriverError(
      new Neo4jError('The client is unauthorized', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'auth'),
    );
    expect((auth as Error).message).toMatch(/check NEO4J_USER and NEO4J_PASSWORD/);
    const expired = mapDriverError(
      new Neo4jError('must be changed', 'Neo.ClientError.Security.CredentialsExpired', '42NFF', 'auth'),
    );
    expect(expired).toBeInstanceOf(StoreUnavailableError);
    expect((expired as Error).message).toMatch(/password has expired and must be changed/);
    const forbidden = mapDriverError(
      new Neo4jError('Schema operations are not allowed', 'Neo.ClientError.Security.Forbidden', '42NFF', 'perm'),
    );
    expect((forbidden as Error).message).toMatch(/may not do this \(Schema operations are not allowed\)/);
    const db = mapDriverError(
      new Neo4jError('Database does not exist', 'Neo.ClientError.Database.DatabaseNotFound', '22000', 'db'),
    );
    expect((db as Error).message).toMatch(/NEO4J_DATABASE does not exist/);
  });

  it('leaves other errors as they are', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');
    expect(mapDriverError(syntax)).toBe(syntax);
  });

  it('names the failed statement and says nothing was written', () => {
    const error = new ImportBatchError('facilities', 2, 5, 10_000, 5000, new Error('constraint violated'));
    expect(error.message).toBe(
      'Writing facilities batch 3 of 5 (rows 10001–15000) failed: constraint violated. Nothing was written (an ' +
        'import is one transaction); the store holds what it held before.',
    );
  });

  it('says an import too large for one transaction wrote nothing, and what to do', () => {
    const cause = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 2.7 GiB.',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '50N42',
      'memory',
    );
    const error = new ImportTooLargeError({ ...countsOf(fixture('contract.json')) }, cause);
    expect(error.message).toMatch(/^The import \(\d+ rows\) is too large for one Neo4j transaction: The allocation/);
    expect(error.message).toMatch(/Nothing was written .* Give Neo4j more heap/);
  });

  it("knows both of Neo4j's transaction-memory refusals (per-transaction limit and the pool), not other errors", () => {
    const perTransaction = new Neo4jError(
      'The allocation of an extra 8.0 MiB would use more than the limit 4.0 MiB. Currently using 1.0 MiB. ' +
        'db.memory.transaction.max threshold reached',
      'Neo.ClientError.General.TransactionOutOfMemoryError',
      '51N73',
      'memory',
    );
    const pool = new Neo4jError('pool', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '50N42', 'x');
    const other = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'x');
    expect([perTransaction, pool, other, new Error('x')].map(isTransactionMemoryLimit)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const error = new ImportTooLargeError({ ...countsOf(fixture('contract.json')) }, perTransaction);
    expect(error).toBeInstanceOf(StoreLimitError);
    expect(error.message).toMatch(/db\.memory\.transaction\.max threshold reached Nothing was written/);
  });
});
