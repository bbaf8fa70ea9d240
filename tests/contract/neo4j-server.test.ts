import { spawnSync } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { emptyDataset, type Dataset } from '../../api/src/dataset/types.js';
import { DatasetsService } from '../../api/src/modules/datasets/datasets.service.js';
import { DataChangedError, StoreUnavailableError } from '../../api/src/store/graph-store.js';
import { ImportBatchError } from '../../api/src/store/neo4j/errors.js';
import type { Neo4jStore } from '../../api/src/store/neo4j/neo4j-store.js';
import { apiFor } from '../api/harness.js';
import { fixture } from '../helpers.js';
import { CONTRACT_ORIGIN, openContractStore, openNeo4jStore } from './neo4j-contract-store.js';
import { neo4jTarget, type Neo4jTarget } from './neo4j-target.js';

/**
 * What only a real Neo4j can show: imports all-or-nothing, readers never seeing half an import, the data version
 * across a wipe, a second contract run on the same database, the first-start load, and credential errors.
 * Statements here that the store never runs (wiping everything, dropping search words) are test set-up, sent with
 * the driver directly.
 */

const target = neo4jTarget();
const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** Runs test set-up Cypher directly (not a store statement). */
async function setUp(driver: Driver, text: string): Promise<void> {
  const session = driver.session({ database: target?.database ?? 'neo4j' });
  try {
    await session.run(text);
  } finally {
    await session.close();
  }
}

/** `count` more facilities like the fixture's, each with a capacity row, so an import takes many statements. */
function bigger(count: number): Dataset {
  const f = fixture('contract.json');
  const model = f.facilities.find((r) => r.id === 'cell-alpha-berlin')!;
  const capacity = f.capacities.find((c) => c.facility === 'cell-alpha-berlin')!;
  const extra = Array.from({ length: count }, (_, i) => ({
    ...model,
    id: `cell-extra-${String(i).padStart(5, '0')}`,
    name: `Extra cell plant ${i}`,
  }));
  return {
    ...f,
    facilities: [...f.facilities, ...extra],
    capacities: [...f.capacities, ...extra.map((e) => ({ ...capacity, facility: e.id }))],
  };
}

describe.skipIf(!target)('Neo4j store on a real Neo4j 5.26', () => {
  let store: Neo4jStore;
  let driver: Driver;

  beforeAll(async () => {
    driver = neo4j.driver(target!.uri, neo4j.auth.basic(target!.user, target!.password));
    store = await openContractStore(target!, fixture('contract.json'));
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  describe('imports are all-or-nothing', () => {
    it('a statement failing mid-import (replace) leaves the previous data whole and the version unchanged', async () => {
      await store.importDataset(fixture('contract.json'), { replace: true });
      const before = await store.snapshot();
      const version = await store.dataVersion();
      // Valid until Neo4j sees it: a map is no property value. The facilities and capacities before it are written
      // in the same transaction, after the old data was deleted.
      const poisoned = bigger(40);
      (poisoned.flows[0] as unknown as { notes: unknown }).notes = { not: 'a property value' };
      const failure = await store.importDataset(poisoned, { replace: true }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ImportBatchError);
      expect((failure as Error).message).toMatch(/^Writing flows batch 1 of \d+ .* Nothing was written/);
      expect(await store.dataVersion()).toBe(version);
      expect(await store.snapshot()).toEqual(before);
      expect((await store.findFacilities({}, { first: 1 })).totalCount).toBe(7);
    });

    it('a failing upsert writes none of its rows', async () => {
      const version = await store.dataVersion();
      const poisoned = bigger(10);
      poisoned.targets = [{ ...poisoned.targets[0]!, notes: [{ nested: true }] as unknown as string }];
      await expect(store.importDataset(poisoned, { replace: false })).rejects.toBeInstanceOf(ImportBatchError);
      expect((await store.getEntities(['cell-extra-00001'])).size).toBe(0);
      expect(await store.dataVersion()).toBe(version);
    });

    it('readers see the old data or the new, never half of it', async () => {
      await store.importDataset(fixture('contract.json'), { replace: true });
      const reader = await openNeo4jStore(target!);
      const seen = new Set<number>();
      let importing = true;
      const polling = (async () => {
        while (importing) seen.add((await reader.findFacilities({}, { first: 1 })).totalCount);
      })();
      try {
        await store.importDataset(bigger(3000), { replace: true });
        await store.importDataset(fixture('contract.json'), { replace: true });
      } finally {
        importing = false;
        await polling;
        await reader.close();
      }
      // 7 facilities before and after, 3007 in between; a half-written import would show something else (0 after
      // the delete, or a count between 7 and 3007 while the batches go in).
      expect([...seen].filter((n) => n !== 7 && n !== 3007)).toEqual([]);
      expect(seen.has(7)).toBe(true);
    });
  });

  describe('data version', () => {
    it('changes with every import and never repeats after the database is wiped and reloaded', async () => {
      await store.importDataset(fixture('contract.json'), { replace: true });
      const before = await store.dataVersion();
      await setUp(driver, 'MATCH (n) DETACH DELETE n');
      const wiped = await store.dataVersion();
      expect(wiped).not.toBe(before);
      // The same number of imports into the wiped database: the counter is the same, the epoch is not.
      await store.importDataset(fixture('contract.json'), { replace: true });
      const reloaded = await store.dataVersion();
      expect(reloaded).not.toBe(before);
      expect(reloaded).not.toBe(wiped);
      expect((await store.importState()).epoch).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('the contract suite on the same database twice', () => {
    it('a second run starts on the data the first left, and a database loaded by something else is refused', async () => {
      const external: Neo4jTarget = { ...target!, external: true };
      const allowWipe = process.env['NEO4J_CONTRACT_WIPE'];
      delete process.env['NEO4J_CONTRACT_WIPE'];
      onTestFinished(() => {
        if (allowWipe !== undefined) process.env['NEO4J_CONTRACT_WIPE'] = allowWipe;
      });
      // First run: the suite loads the fixture, upserts, replaces with something smaller, and replaces back.
      const first = await openContractStore(external, fixture('contract.json'));
      await first.importDataset({ ...fixture('contract.json'), facilities: [], capacities: [] }, { replace: true });
      await first.close();
      expect((await store.importState()).origin).toBe(CONTRACT_ORIGIN);
      const second = await openContractStore(external, fixture('contract.json'));
      expect((await second.findFacilities({}, { first: 1 })).totalCount).toBe(7);
      await second.close();
      // Data some other load put there is not wiped.
      await store.importDataset(fixture('contract.json'), { replace: true, origin: 'bundled' });
      await expect(openContractStore(external, fixture('contract.json'))).rejects.toThrow(
        /holds data the contract suite did not load \(last import: bundled\)/,
      );
      await store.importDataset(fixture('contract.json'), { replace: true });
    });
  });

  describe('countries', () => {
    it('keeps the first place of a region named twice (the investor region stays first)', async () => {
      const f = fixture('contract.json');
      const countries = f.countries.map((c) =>
        c.id === 'NO' ? { ...c, regions: ['OTHER-EUROPE', 'EEA', 'OTHER-EUROPE'] } : c,
      );
      await store.importDataset({ ...f, countries }, { replace: true });
      const no = (await store.listCountries()).find((c) => c.id === 'NO');
      expect(no?.regions).toEqual(['OTHER-EUROPE', 'EEA']);
      await store.importDataset(f, { replace: true });
    });
  });

  describe('two writers (issue 13 §3)', () => {
    /** A stake in co-alpha (co-holding already holds 0.6): either one alone is valid, both together are not. */
    const stake = (owner: string): Dataset => ({
      ...emptyDataset(),
      ownership: [{ owner, owned: 'co-alpha', share: 0.3, sources: ['src-report'] }],
    });

    it('two processes writing at once cannot both pass validation on stale data (version checked inside the write transaction)', async () => {
      await store.importDataset(fixture('contract.json'), { replace: true });
      // A second driver on the same database: another process.
      const other = await openNeo4jStore(target!);
      try {
        const validatedOn = await store.dataVersion();
        const outcomes = await Promise.allSettled([
          store.importDataset(stake('co-gamma'), { replace: false, expectedVersion: validatedOn }),
          other.importDataset(stake('co-beta'), { replace: false, expectedVersion: validatedOn }),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const refused = outcomes.find((o) => o.status === 'rejected');
        expect(refused?.reason).toBeInstanceOf(DataChangedError);
        const owners = (await store.ownersOf(['co-alpha'])).get('co-alpha') ?? [];
        expect(owners.map((o) => o.share).sort()).toEqual([0.3, 0.6]);

        // Through the importer of each process: the one that loses the race validates again on what the other
        // wrote and is refused (owners would hold 1.2); the data stays valid.
        await store.importDataset(fixture('contract.json'), { replace: true });
        const [a, b] = await Promise.all([
          new DatasetsService(store).import(stake('co-gamma'), { replace: false }),
          new DatasetsService(other).import(stake('co-beta'), { replace: false }),
        ]);
        expect([a.ok, b.ok].sort()).toEqual([false, true]);
        expect([...a.errors, ...b.errors].map((e) => e.message)).toEqual([
          'the owners of "co-alpha" hold 1.2 in all; at most 1',
        ]);
        const sum = ((await store.ownersOf(['co-alpha'])).get('co-alpha') ?? []).reduce((t, o) => t + o.share, 0);
        expect(sum).toBeCloseTo(0.9, 12);
      } finally {
        await other.close();
        await store.importDataset(fixture('contract.json'), { replace: true });
      }
    });
  });

  describe('search words', () => {
    it('are added on start to entities an older store wrote without them', async () => {
      await setUp(driver, 'MATCH (n:Entity) REMOVE n.searchName, n.searchAliases, n.searchId');
      expect(await store.search('Kaiserslautern', 5)).toEqual([]);
      const restarted = await openNeo4jStore(target!);
      try {
        expect((await restarted.search('Kaiserslautern', 5))[0]?.id).toBe('cell-acc-kaiserslautern');
      } finally {
        await restarted.close();
      }
    });
  });

  describe('credentials', () => {
    it('says the password was refused', async () => {
      const wrong = await openNeo4jStore({ ...target!, password: 'not-the-password' });
      try {
        const error = await wrong.ping().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as Error).message).toMatch(/refused the credentials; check NEO4J_USER and NEO4J_PASSWORD/);
        const response = await apiFor(wrong)('{ materials { id } }');
        expect(response.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
        expect(response.errors?.[0]?.message).toMatch(/refused the credentials/);
      } finally {
        await wrong.close();
      }
    });

    it('says a password that must be changed must be changed', async () => {
      // The launcher creates the user `expired` with the same password and CHANGE REQUIRED.
      const expired = await openNeo4jStore({ ...target!, user: 'expired' });
      try {
        const response = await apiFor(expired)('{ materials { id } }');
        expect(response.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
        expect(response.errors?.[0]?.message).toMatch(/password has expired and must be changed/);
      } finally {
        await expired.close();
      }
    });
  });

  describe('first-start load (docker compose)', () => {
    it('loads the dataset into an empty database once, then leaves it alone', async () => {
      await setUp(driver, 'MATCH (n) DETACH DELETE n');
      const env = {
        ...process.env,
        NEO4J_URI: target!.uri,
        NEO4J_USER: target!.user,
        NEO4J_PASSWORD: target!.password,
        DATASET: new URL('../fixtures/contract.json', import.meta.url).pathname,
      };
      const seed = () =>
        spawnSync('npx', ['tsx', 'api/src/store/neo4j/seed-on-first-start.ts'], {
          cwd: REPO_ROOT,
          env,
          encoding: 'utf8',
          timeout: 120_000,
        });
      const first = seed();
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/seed: loading .*contract\.json .*\(first start\)/);
      expect(first.stdout).toMatch(/seed: done in \d+ ms/);
      expect((await store.findFacilities({}, { first: 1 })).totalCount).toBe(7);
      expect((await store.importState()).origin).toBe('bundled');
      const version = await store.dataVersion();
      const second = seed();
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/already holds data \(version 1\); not loading anything/);
      expect(await store.dataVersion()).toBe(version);
      await store.importDataset(fixture('contract.json'), { replace: true });
    });
  });
});
