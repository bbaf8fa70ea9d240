import { readFileSync } from 'node:fs';
import type { Dataset } from '../api/src/dataset/types.js';

/** A fresh deep copy of a fixture dataset under tests/fixtures/. */
export function fixture(name: string): Dataset {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Dataset;
}
