import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No Cypher text of the Neo4j store is built from a value. Read with the TypeScript parser:
 * - in `cypher.ts` every string is a plain literal: no template substitution at all (every statement is written
 *   out in full, so what the Cypher check sees is exactly what runs), and no `+` joins strings;
 * - in every other file of `api/src/store/neo4j/`, no string looks like Cypher, and `tx.run` / `session.run` /
 *   `executeQuery` are only ever given a variable (a `Statement` from the catalog; the type brand keeps ad-hoc
 *   strings out of the run helper).
 */

const DIR = new URL('../../../api/src/store/neo4j/', import.meta.url).pathname;
const CYPHER_WORDS =
  /\b(MATCH|MERGE|CREATE|UNWIND|RETURN|DETACH|DELETE|REMOVE|CALL|OPTIONAL)\b[\s\S]*\b(RETURN|SET|DELETE|YIELD|IN|AS|FOR|REQUIRE)\b/;

function parse(path: string, text = readFileSync(path, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function where(file: ts.SourceFile, node: ts.Node): string {
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${file.fileName.split('/').pop()}:${line + 1}`;
}

/** Problems in the catalog file. */
export function catalogProblems(file: ts.SourceFile): string[] {
  const problems: string[] = [];
  walk(file, (node) => {
    if (ts.isTemplateExpression(node))
      for (const span of node.templateSpans)
        problems.push(`${where(file, span)}: \${${span.expression.getText(file)}} interpolated into Cypher text`);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
      problems.push(`${where(file, node)}: strings joined with +`);
    if (
      ts.isCallExpression(node) &&
      node.getText(file).match(/\.(concat|join|replace)\(/) &&
      !/allStatements|\.map\(/.test(node.getText(file))
    )
      problems.push(`${where(file, node)}: text built with a call`);
  });
  return problems;
}

/** Problems in any other file of the store. */
export function storeFileProblems(file: ts.SourceFile): string[] {
  const problems: string[] = [];
  walk(file, (node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      CYPHER_WORDS.test(node.getText(file))
    )
      problems.push(`${where(file, node)}: Cypher text outside cypher.ts`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      if (
        ['run', 'executeQuery'].includes(method) &&
        first &&
        !ts.isIdentifier(first) &&
        !ts.isPropertyAccessExpression(first) &&
        !ts.isElementAccessExpression(first)
      )
        problems.push(`${where(file, node)}: ${method}() given ${first.getText(file)} instead of a catalog statement`);
    }
  });
  return problems;
}

describe('no Cypher text is built by interpolating values', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('finds the store files', () => {
    expect(files).toContain('cypher.ts');
    expect(files).toContain('neo4j-store.ts');
  });

  it('cypher.ts holds only fixed text', () => {
    expect(catalogProblems(parse(join(DIR, 'cypher.ts')))).toEqual([]);
  });

  it('no other store file holds or runs Cypher text of its own', () => {
    const problems = files.filter((f) => f !== 'cypher.ts').flatMap((f) => storeFileProblems(parse(join(DIR, f))));
    expect(problems).toEqual([]);
  });

  // The checks must be able to fail.
  it('flags a value spliced into a statement, a + join, and ad-hoc Cypher in the store', () => {
    const bad = parse(
      'cypher.ts',
      "const A = 'MATCH (n)';\nexport const X = `${A} WHERE n.id = '${id}'`;\nexport const Y = 'MATCH (n) WHERE n.id = ' + id;",
    );
    expect(catalogProblems(bad)).toEqual([
      'cypher.ts:2: ${A} interpolated into Cypher text',
      'cypher.ts:2: ${id} interpolated into Cypher text',
      'cypher.ts:3: strings joined with +',
    ]);
    const store = parse(
      'store.ts',
      'await tx.run(`MATCH (n:Facility {id: "${id}"}) RETURN n`);\nawait tx.run("RETURN " + x);',
    );
    expect(storeFileProblems(store)).toEqual([
      'store.ts:1: run() given `MATCH (n:Facility {id: "${id}"}) RETURN n` instead of a catalog statement',
      'store.ts:1: Cypher text outside cypher.ts',
      'store.ts:2: run() given "RETURN " + x instead of a catalog statement',
    ]);
  });
});
