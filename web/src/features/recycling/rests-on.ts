import { humanize } from '../../lib/format';

/**
 * A parameter key (`KIND|material|chemistry`, as the API's figures cite them) in words: "black mass content,
 * lithium, NMC"; a row without chemistry is the mixed one.
 */
export function parameterLabel(key: string): string {
  const [kind = '', material = '', chemistry = ''] = key.split('|');
  return [humanize(kind).toLowerCase(), material, kind === 'BLACK_MASS_YIELD' ? '' : chemistry || 'mixed']
    .filter((x) => x !== '')
    .join(', ');
}

/** "Estimate resting on: black mass content, lithium, NMC; recovery efficiency, lithium, mixed" (or null). */
export function restsOn(keys: readonly string[]): string | null {
  return keys.length === 0 ? null : `Estimate resting on: ${keys.map(parameterLabel).join('; ')} (see Parameters).`;
}
