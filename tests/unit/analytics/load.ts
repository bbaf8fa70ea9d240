import { validateDataset } from '../../../api/src/dataset/validate.js';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { buildProjection, type Projection } from '../../../api/src/projection/projection.js';
import { fixture } from '../../helpers.js';

/** A fixture under tests/fixtures/analytics/, validated like any import (a broken fixture fails loudly). */
export function analyticsDataset(name: string): Dataset {
  const result = validateDataset(fixture(`analytics/${name}`));
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.dataset;
}

export function analyticsProjection(name: string): Projection {
  return buildProjection(analyticsDataset(name));
}

/** Precision every definition is checked to. */
export const EXACT = 9;
