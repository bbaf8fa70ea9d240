/** A facility as the location view needs it. */
export interface LocatedFacility {
  id: string;
  name: string;
  status: string;
  country: { id: string };
  capacities: readonly { year: number; value: number; unit: string; material: { id: string } }[];
}

export interface LocationShare {
  origin: string;
  value: number;
  share: number;
}

/** Statuses whose capacity no longer counts (as in the API's capacityByInvestorRegion). */
const LEFT = new Set(['STOPPED', 'CANCELLED']);

/** A facility's capacity of a material in a year: its latest row at or before the year, or 0. */
export function capacityAt(facility: LocatedFacility, material: string, year: number): number {
  let best: { year: number; value: number } | undefined;
  for (const c of facility.capacities)
    if (c.material.id === material && c.year <= year && (!best || c.year > best.year)) best = c;
  return best?.value ?? 0;
}

/**
 * The location view of a scope's capacity: by the country the plants stand in, on the same rule as the control
 * view (latest capacity row at or before the year; stopped and cancelled plants left out), so both add up to the
 * same total.
 */
export function capacityByLocation(
  facilities: readonly LocatedFacility[],
  material: string,
  year: number,
): { total: number; shares: LocationShare[] } {
  const byCountry = new Map<string, number>();
  let total = 0;
  for (const f of facilities) {
    if (LEFT.has(f.status)) continue;
    const value = capacityAt(f, material, year);
    if (value <= 0) continue;
    total += value;
    byCountry.set(f.country.id, (byCountry.get(f.country.id) ?? 0) + value);
  }
  const shares = [...byCountry]
    .map(([origin, value]) => ({ origin, value, share: total > 0 ? value / total : 0 }))
    .sort((a, b) => b.value - a.value || a.origin.localeCompare(b.origin));
  return { total, shares };
}
