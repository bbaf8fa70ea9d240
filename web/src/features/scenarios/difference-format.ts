import { quantity } from '../../lib/format';

/** What a difference the API leaves null reads: one side has no figure, so there is nothing to compare. */
export const NO_FIGURE = 'no figure';

const MINUS = '−';

/** The API's change of a quantity with its sign: −3,308 → "−3,308 t Li", 0 → "0 t Li"; null → "no figure". */
export function signedQuantity(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return NO_FIGURE;
  const text = quantity(Math.abs(value), unit);
  if (value === 0 || Number(quantity(Math.abs(value)).replace(/,/g, '')) === 0) return quantity(0, unit);
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** The API's change of a share (0–1) in percentage points: −0.152 → "−15.2 pp"; null → "no figure". */
export function signedPoints(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return NO_FIGURE;
  const text = Math.abs(value * 100).toFixed(digits);
  if (Number(text) === 0) return `${(0).toFixed(digits)} pp`;
  return `${value < 0 ? MINUS : '+'}${text} pp`;
}

/** The API's change of a plain number (HHI on a 0–1 scale): −0.306 → "−0.306"; null → "no figure". */
export function signedNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return NO_FIGURE;
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? MINUS : '+'}${text}`;
}
