import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CREATE_ON_REPLACE, CYPHER, PARAMETERS, SCHEMA, UPSERT } from '../../../api/src/store/neo4j/cypher.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, propertyKeys } from '../../../api/src/store/neo4j/model.js';

/**
 * Every statement of the Neo4j store, checked by Neo4j's own parser and semantic analysis (the Cypher front end
 * compiled to JS in @neo4j-cypher/language-support), for Cypher 5 (Neo4j 5) and Cypher 25 (Neo4j 2025+, Aura).
 * Any diagnostic fails: syntax and semantic errors, deprecations, and labels, relationship types, property keys,
 * parameters, functions or procedures that our model does not declare.
 */

/** Fields of the `UNWIND $rows AS row` maps (model.ts `rowParams`): map keys, not database properties. */
const ROW_FIELDS = [
  'id',
  'props',
  'regions',
  'country',
  'operator',
  'facility',
  'material',
  'owner',
  'owned',
  'from',
  'to',
];

/** Every statement of the catalog, named. */
function allStatements(): { name: string; text: string }[] {
  return [
    ...SCHEMA.map((text, i) => ({ name: `SCHEMA[${i}]`, text })),
    ...Object.entries(UPSERT).map(([name, text]) => ({ name: `UPSERT.${name}`, text })),
    ...Object.entries(CREATE_ON_REPLACE).map(([name, text]) => ({ name: `CREATE_ON_REPLACE.${name}`, text })),
    ...Object.entries(CYPHER).map(([name, text]) => ({ name: `CYPHER.${name}`, text })),
  ];
}

function schema(version: 'CYPHER 5' | 'CYPHER 25'): DbSchema {
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...new Set([...propertyKeys(), ...ROW_FIELDS])],
    parameters: { ...PARAMETERS },
    // The signatures of Neo4j's built-in functions and procedures shipped with the package.
    functions: testData.mockSchema.functions ?? {},
    procedures: testData.mockSchema.procedures ?? {},
    defaultLanguage: version,
  };
}

function diagnostics(text: string, version: 'CYPHER 5' | 'CYPHER 25'): string[] {
  return lintCypherQuery(text, schema(version)).diagnostics.map(
    (d) => `line ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
  );
}

describe('every Cypher statement of the Neo4j store', () => {
  const statements = allStatements();

  it('is checked (the catalog is not empty)', () => {
    expect(statements.length).toBeGreaterThan(40);
  });

  for (const version of ['CYPHER 5', 'CYPHER 25'] as const) {
    it.each(statements)(`$name passes ${version} parsing and semantic analysis with no diagnostics`, ({ text }) => {
      expect(diagnostics(text, version)).toEqual([]);
    });
  }

  // The check must be able to fail, or it proves nothing.
  it.each([
    ['a syntax error', 'MATCH (n:Facility RETURN n'],
    ['an unknown label', 'MATCH (n:Facilty) RETURN n.id'],
    ['an unknown relationship type', 'MATCH (:Facility)-[r:LOCATED]->(:Country) RETURN r'],
    ['an unknown property', 'MATCH (n:Facility) RETURN n.nmae'],
    ['an undeclared parameter', 'MATCH (n:Facility {id: $facilityId}) RETURN n'],
    ['a deprecated function', 'MATCH (n:Facility) RETURN id(n)'],
    ['a deprecated subquery form', 'MATCH (n:Facility) CALL { WITH n RETURN n.id AS x } RETURN x'],
    ['an undefined variable', 'MATCH (n:Facility) RETURN m'],
  ])('reports %s', (_what, text) => {
    expect(diagnostics(text, 'CYPHER 5').length).toBeGreaterThan(0);
  });
});
