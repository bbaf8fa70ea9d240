import { describe, expect, it } from 'vitest';
import { allTotals, totalsByStatus } from '../../web/src/features/plants/plant-filters';

// The plant tracker's totals summed what it had and said nothing of what it left out: on the bundled data
// "Operating: 50 facilities, 144 GWh installed" while 24 of the 50 had no capacity figure at all and one operating
// cell plant had no installed figure. Each sum now says what it rests on.
const ROWS = [
  { status: 'OPERATING', unit: 'GWh', installed: 8, supply: 8, announced: 14 },
  { status: 'OPERATING', unit: 'GWh', installed: 30, supply: 30, announced: null },
  { status: 'OPERATING', unit: 'GWh', installed: null, supply: null, announced: 30 }, // built, no figure
  { status: 'OPERATING', unit: null, installed: null, supply: null, announced: null }, // a mine with no capacity row
  { status: 'PLANNED', unit: 'GWh', installed: null, supply: null, announced: 10 }, // not built: not unknown
  { status: 'OPERATING', unit: 't Li', installed: 100, supply: 90, announced: null },
];

describe('plant tracker totals by status', () => {
  const totals = totalsByStatus(ROWS, ['OPERATING', 'PLANNED']);
  it('counts facilities without a capacity figure apart, in no unit', () => {
    const op = totals[0]!;
    expect(op.status).toBe('OPERATING');
    expect(op.count).toBe(5);
    expect(op.withoutCapacity).toBe(1);
    expect([...op.byUnit.keys()].sort()).toEqual(['GWh', 't Li']);
  });
  it('sums each unit and says how many built plants have no installed figure and how many have a plan', () => {
    // Operating GWh: installed 8 + 30 = 38 of 3 plants, 1 built without a figure; plans 14 + 30 = 44 from 2 of 3.
    expect(totals[0]!.byUnit.get('GWh')).toEqual({
      installed: 38,
      supply: 38,
      announced: 44,
      plants: 3,
      installedUnknown: 1,
      withPlan: 2,
    });
    // A planned plant without an installed figure is not built yet, not unknown.
    expect(totals[1]!.byUnit.get('GWh')).toMatchObject({ installed: 0, plants: 1, installedUnknown: 0, withPlan: 1 });
  });
  it('adds the statuses into the "All shown" column, units kept apart', () => {
    const all = allTotals(totals);
    expect(all.count).toBe(6);
    expect(all.withoutCapacity).toBe(1);
    // GWh: 38 installed; plans 44 + 10 = 54 from 3 of 4 plants.
    expect(all.byUnit.get('GWh')).toEqual({
      installed: 38,
      supply: 38,
      announced: 54,
      plants: 4,
      installedUnknown: 1,
      withPlan: 3,
    });
    expect(all.byUnit.get('t Li')).toMatchObject({ installed: 100, supply: 90, plants: 1 });
  });
});
