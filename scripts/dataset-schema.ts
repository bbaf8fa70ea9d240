/**
 * Writes the JSON Schemas of the dataset format (`api/src/dataset/dataset.schema.json`, version 2, the published one,
 * and `dataset-v1.schema.json`) from the row model (`api/src/dataset/model.ts`): `npm run schema`. A unit test
 * (tests/unit/dataset/model.test.ts) fails when the committed files are not what this writes.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { SCHEMA_FILE, datasetJsonSchema } from '../api/src/dataset/json-schema.js';

const folder = new URL('../api/src/dataset/', import.meta.url);

for (const version of [1, 2] as const) {
  const file = fileURLToPath(new URL(SCHEMA_FILE[version], folder));
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(datasetJsonSchema(version), null, 2), {
    ...options,
    filepath: file,
  });
  await writeFile(file, text);
  console.log(`wrote ${file}`);
}
