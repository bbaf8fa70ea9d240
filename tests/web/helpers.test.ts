import { describe, expect, it } from 'vitest';
import { coverageNote, dependencyBand } from '../../web/src/features/dependency/bands';
import { upstreamStages } from '../../web/src/features/dependency/CellDetail';
import { capacityAt, capacityByLocation, type LocatedFacility } from '../../web/src/features/ownership/location-view';
import { weightsFromParams } from '../../web/src/features/targets/weights';
import { toCsv } from '../../web/src/lib/csv';
import { percent, quantity } from '../../web/src/lib/format';
import { applyPatch, listParam } from '../../web/src/lib/url-state';

describe('URL state', () => {
  it('sets, joins lists, removes empty values and sorts keys so equal states give equal links', () => {
    expect(applyPatch('?b=1&a=2', { c: ['x', 'y'], b: null, d: '' })).toBe('?a=2&c=x%2Cy');
    expect(applyPatch('?a=1', { a: null })).toBe('');
    expect(listParam(new URLSearchParams('ids=a,b,,c'), 'ids')).toEqual(['a', 'b', 'c']);
  });
});

describe('dependency bands against the 65 % benchmark', () => {
  it('reads 65 % and above as high, 50–65 % as mid, below as low, no supply as empty', () => {
    expect(dependencyBand(100, 0.65)).toBe('high');
    expect(dependencyBand(100, 0.6499)).toBe('mid');
    expect(dependencyBand(100, 0.5)).toBe('mid');
    expect(dependencyBand(100, 0.49)).toBe('low');
    expect(dependencyBand(0, 0.9)).toBe('empty');
    expect(dependencyBand(100, null)).toBe('empty');
  });

  it('looks through to every earlier stage, nearest last; none from EXTRACTION or RECYCLING', () => {
    expect(upstreamStages('CELL')).toEqual(['EXTRACTION', 'REFINING', 'COMPONENT']);
    expect(upstreamStages('EXTRACTION')).toEqual([]);
    expect(upstreamStages('RECYCLING')).toEqual([]);
  });
});

describe('location view of capacity', () => {
  const plant = (id: string, country: string, status: string, rows: [number, number][]): LocatedFacility => ({
    id,
    name: id,
    status,
    country: { id: country },
    capacities: rows.map(([year, value]) => ({ year, value, unit: 'GWh', material: { id: 'cells' } })),
  });
  it('takes the latest row at or before the year, leaves stopped plants out, and shares by country', () => {
    const plants = [
      plant('a', 'DE', 'OPERATING', [
        [2022, 10],
        [2024, 30],
        [2030, 90],
      ]),
      plant('b', 'HU', 'PLANNED', [[2026, 100]]),
      plant('c', 'PL', 'OPERATING', [[2020, 10]]),
      plant('d', 'DE', 'STOPPED', [[2020, 50]]),
    ];
    expect(capacityAt(plants[0]!, 'cells', 2025)).toBe(30);
    // 2025: DE 30, PL 10 (HU starts 2026, the stopped plant is out) → total 40; DE 30/40 = 0.75
    expect(capacityByLocation(plants, 'cells', 2025)).toEqual({
      total: 40,
      shares: [
        { origin: 'DE', value: 30, share: 0.75 },
        { origin: 'PL', value: 10, share: 0.25 },
      ],
    });
  });
});

describe('status weights from the URL', () => {
  it('keeps valid weights in 0–1 and ignores the rest', () => {
    expect(weightsFromParams(new URLSearchParams('w_PLANNED=0.5&w_PAUSED=2&w_STOPPED=x&w_OPERATING=0'))).toEqual({
      PLANNED: 0.5,
      OPERATING: 0,
    });
  });
});

describe('CSV and number formats', () => {
  it('quotes commas, quotes and newlines, with CRLF line ends', () => {
    const csv = toCsv(
      [{ a: 'x,y', b: 'say "hi"', c: 3 }],
      [
        { header: 'a', value: (r) => r.a },
        { header: 'b', value: (r) => r.b },
        { header: 'c', value: (r) => r.c },
      ],
    );
    expect(csv).toBe('a,b,c\r\n"x,y","say ""hi""",3\r\n');
  });

  it('formats shares and quantities the way the views show them', () => {
    expect(percent(0.75)).toBe('75.0 %');
    expect(percent(undefined)).toBe('–');
    expect(quantity(16000, 't Li')).toBe('16,000 t Li');
    expect(quantity(2.5, 'GWh')).toBe('2.5 GWh');
  });
});

describe('coverage note of a matrix cell', () => {
  it('says when a share rests on plant capacity rather than statistics, and nothing when it does not', () => {
    expect(coverageNote(3308, 0)).toBe('plants only');
    expect(coverageNote(900, 450 / 900)).toBe('50 % statistics');
    expect(coverageNote(900, 850 / 900)).toBe(''); // ≥ 90 %: a small stand-in is not worth a note
    expect(coverageNote(1000, 1)).toBe('');
    expect(coverageNote(0, 0)).toBe('');
  });
});
