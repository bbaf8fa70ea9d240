import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { EXIT, runDataCli } from '../../../api/src/cli/data.js';
import type * as CreateStore from '../../../api/src/store/create-store.js';
import { countRows } from '../../../api/src/dataset/types.js';
import { openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { ImportTooLargeError } from '../../../api/src/store/neo4j/errors.js';
import { EDITOR_TOKEN, apiFor } from '../../api/harness.js';
import { fixture } from '../../helpers.js';

/**
 * Issue 13: an import larger than Neo4j's transaction memory ended in "load failed: …" (the CLI's wording for a bug)
 * and, through GraphQL, "Unexpected error.". A real Neo4j Community cannot lower its transaction memory at run time
 * (dbms.setConfigValue is Enterprise-only), so the store's refusal is stood in for here: a store whose write throws
 * what the Neo4j store throws for Neo4j's TransactionOutOfMemoryError.
 */
const tooLarge = () =>
  new ImportTooLargeError(
    countRows(fixture('small.json')),
    new Neo4jError(
      'The allocation of an extra 8.0 MiB would use more than the limit 4.0 MiB. Currently using 1.0 MiB. ' +
        'db.memory.transaction.max threshold reached',
      'Neo.ClientError.General.TransactionOutOfMemoryError',
      '51N73',
      'memory',
    ),
  );

async function refusingStore() {
  const store = await openEmbeddedStore({ seed: fixture('small.json') });
  store.importDataset = () => Promise.reject(tooLarge());
  return store;
}

vi.mock('../../../api/src/store/create-store.js', async (original) => ({
  ...(await original<typeof CreateStore>()),
  createStore: () => refusingStore(),
}));

describe('an import larger than one Neo4j transaction', () => {
  it('CLI load: says the import is too large, names the limit and that nothing was written (exit 5)', async () => {
    const lines: string[] = [];
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    const file = new URL('../../fixtures/small.json', import.meta.url).pathname;
    expect(await runDataCli(['load', file, '--replace'], out)).toBe(EXIT.tooLarge);
    expect(lines).toEqual([
      expect.stringMatching(
        /^The import \(\d+ rows\) is too large for one Neo4j transaction: .*db\.memory\.transaction\.max threshold reached Nothing was written .*load the data in parts without --replace/,
      ),
    ]);
  });

  it('GraphQL importDataset: TOO_LARGE with the same sentence, not "Unexpected error."', async () => {
    const response = await apiFor(await refusingStore())(
      'mutation ($d: JSON!) { importDataset(document: $d, replace: true) { ok } }',
      { d: fixture('small.json') },
      EDITOR_TOKEN,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect(response.errors?.[0]?.message).toMatch(/^The import \(\d+ rows\) is too large for one Neo4j transaction/);
  });
});
