import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATA_DIR,
  FLOWS_FILE,
  PRODUCTION_FILE,
  derive,
  flowsDocument,
  productionDocument,
  serialise,
} from '../../../seed/derive/derive.js';
import { IEA_SOURCE_ID } from '../../../seed/derive/iea.js';

// The third-party files live in ../shared/data beside the repository (CI lays them there); SHARED_DATA_DIR overrides.
const dataDir = process.env.SHARED_DATA_DIR ?? DEFAULT_DATA_DIR;
const present = existsSync(dataDir);
if (!present)
  console.warn(
    `seed derivation check skipped: ${dataDir} does not exist (the third-party files are not in the repository; ` +
      'CI lays shared/ beside the clone, or set SHARED_DATA_DIR)',
  );

describe.skipIf(!present)('the derived seed rows equal what seed/derive gives from ../shared/data', () => {
  it('production.json: the IEA REFINING rows and their source, byte for byte', async () => {
    const { refining } = await derive(dataDir);
    const committed = readFileSync(PRODUCTION_FILE, 'utf8');
    const current = JSON.parse(committed) as Parameters<typeof productionDocument>[0];
    expect(current.production.filter((r) => r.sources.includes(IEA_SOURCE_ID))).toEqual(refining);
    expect(committed, 'seed/production.json differs from `npm run derive` output').toBe(
      serialise(productionDocument(current, refining)),
    );
  });

  it('flows.json: every BACI flow row, byte for byte', async () => {
    const { flows } = await derive(dataDir);
    expect(readFileSync(FLOWS_FILE, 'utf8'), 'seed/flows.json differs from `npm run derive` output').toBe(
      serialise(flowsDocument(flows)),
    );
  });

  it('is deterministic: two runs give the same rows', async () => {
    const [a, b] = await Promise.all([derive(dataDir), derive(dataDir)]);
    expect(serialise(a)).toBe(serialise(b));
  });
});
