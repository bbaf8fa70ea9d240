/**
 * Text colours for charts. Value labels are drawn in ink, not in their bar's colour: a light bar colour
 * (the palette's light tints, since replaced) as text on white read at 1.5–2.7:1; these meet WCAG AA (4.5:1) on white.
 */
export const CHART_INK = '#1d2330';
export const CHART_MUTED = '#4b5563';

function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
