/** 0.6543 → "65.4 %". */
export function percent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  const text = (share * 100).toFixed(digits);
  if (Number(text) !== 0) return `${text} %`;
  // A real share too small to show (0.05 GWh of 157) is not 0 %: "<0.1 %". Floating-point noise (|share| ≤ 1e-9,
  // e.g. a "-0.0" from a difference) is the zero it is.
  const step = (10 ** -digits).toFixed(digits);
  if (share > 1e-9) return `<${step} %`;
  if (share < -1e-9) return `>−${step} %`;
  return `${(0).toFixed(digits)} %`;
}

/** A quantity with its unit, grouped by thousands: 12500 "t Li" → "12,500 t Li". */
export function quantity(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 2;
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

/** The benchmark every dependency figure is read against: CRMA's at most 65 % from one third country. */
export const CRMA_BENCHMARK = 0.65;

export const STAGES = ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'] as const;
export type StageName = (typeof STAGES)[number];

export const STATUSES = [
  'OPERATING',
  'RAMP_UP',
  'UNDER_CONSTRUCTION',
  'PLANNED',
  'PAUSED',
  'STOPPED',
  'CANCELLED',
] as const;
export type StatusName = (typeof STATUSES)[number];

/** "UNDER_CONSTRUCTION" → "Under construction". */
export function humanize(value: string): string {
  const text = value.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
