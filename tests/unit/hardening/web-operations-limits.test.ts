import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, MAX_DEPTH, workCost } from '../../../api/src/hardening/graphql-limits.js';
import { buildSchema } from '../../../api/src/modules/index.js';
import * as operations from '../../../web/src/gql/graphql.js';

/** The largest variables the web app sends (the explorer doubles `limit` up to the API's 5000). */
const LARGEST_VARIABLES = { limit: 5000, depth: 4, first: 100 };

const documents = Object.entries(operations)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, doc]) => [name, String(doc)] as const);

describe("the web app's own operations pass the API's limits", () => {
  const schema = buildSchema();
  it('finds the operations', () => {
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining(['NeighbourhoodDocument', 'SearchDocument']),
    );
  });
  it.each(documents)('%s stays within depth, aliases, tokens and the work budget', (_name, text) => {
    const document = parse(text);
    const rejected = (rule: unknown) => {
      try {
        return validate(schema, document, [rule as never]).map((e) => e.message);
      } catch (error) {
        return [(error as Error).message];
      }
    };
    expect(rejected(maxDepthRule(MAX_DEPTH))).toEqual([]);
    expect(rejected(maxAliasesRule({ n: GRAPHQL_LIMITS.maxAliases }))).toEqual([]);
    expect(() => parse(text, { maxTokens: GRAPHQL_LIMITS.maxTokens })).not.toThrow();
    expect(workCost(schema, document, LARGEST_VARIABLES)).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
  });
});
