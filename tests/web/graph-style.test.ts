import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/env.js';
import {
  REGION_COLOURS,
  colourKey,
  countryColour,
  edgeLabel,
  edgeWidths,
  legendEntries,
  nodeColour,
  nodeShape,
  NEUTRAL,
  type ViewEdge,
  type ViewNode,
} from '../../web/src/graph/style';
import { contrastRatio } from '../../web/src/lib/chart-ink';

interface Row {
  material: string;
  stage: string;
  year: number;
  country: string;
  value: number;
}

const regions = new Map([
  ['DE', ['EU']],
  ['HU', ['EU']],
  ['CN', ['CHINA']],
  ['KR', ['KOREA']],
]);
const node = (id: string, label: string, data: Record<string, unknown> = {}, type = label.toUpperCase()): ViewNode => ({
  id,
  label,
  type,
  name: id,
  data,
});
const edge = (id: string, type: string, data: Record<string, unknown>): ViewEdge => ({
  id,
  source: 'a',
  target: 'b',
  type,
  data,
});

describe('colour by country or investor region', () => {
  it('by country: a facility by its location, a company by its headquarters; by region: by the controller the API gives', () => {
    // A Chinese-controlled plant in Hungary: located in the EU, controlled from China.
    const plant = node('cell-x', 'Facility', { country: 'HU', controllerRegion: 'CHINA' }, 'CELL_PLANT');
    const company = node('co-x', 'Company', { country: 'DE', controllerRegion: 'KOREA' });
    expect(colourKey(plant, 'country', regions)).toBe('HU');
    expect(colourKey(company, 'country', regions)).toBe('DE');
    expect(colourKey(node('DE', 'Country'), 'country', regions)).toBe('DE');
    expect(colourKey(plant, 'region', regions)).toBe('CHINA');
    expect(nodeColour(plant, 'region', regions)).toBe(REGION_COLOURS['CHINA']);
    expect(nodeColour(company, 'region', regions)).toBe(REGION_COLOURS['KOREA']);
    expect(colourKey(node('DE', 'Country'), 'region', regions)).toBe('EU');
  });

  it('leaves materials and sources neutral, and puts a country with no region under UNKNOWN', () => {
    expect(nodeColour(node('lithium', 'Material'), 'country', regions)).toBe(NEUTRAL);
    expect(colourKey(node('ZZ', 'Country'), 'region', regions)).toBe('UNKNOWN');
    // No controller region from the API (no recorded owners): UNKNOWN, never the location's region.
    expect(colourKey(node('x', 'Facility', { country: 'DE' }), 'region', regions)).toBe('UNKNOWN');
    expect(colourKey(node('EU', 'Region'), 'region', regions)).toBe('EU');
    expect(colourKey(node('EU', 'Region'), 'country', regions)).toBeUndefined();
  });

  it('gives every country a stable colour, fixed for well-known origins', () => {
    expect(countryColour('CN')).toBe('#d62728');
    expect(countryColour('ZZ')).toBe(countryColour('ZZ'));
    expect(countryColour('ZZ')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('South Africa’s and Gabon’s manganese bars were light tints hardly visible on white: no country colour is', () => {
    // Every two-letter id reaches every colour of the palette; bars and nodes sit on white. XW (rest of the world,
    // unattributed) keeps its pale grey on purpose: it is not a country.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pale = new Set<string>();
    for (const a of letters)
      for (const b of letters) {
        const id = a + b;
        const colour = countryColour(id);
        if (id !== 'XW' && contrastRatio(colour, '#ffffff') < 2) pale.add(`${id} ${colour}`);
      }
    expect([...pale]).toEqual([]);
    expect(contrastRatio(countryColour('ZA'), '#ffffff')).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(countryColour('GA'), '#ffffff')).toBeGreaterThanOrEqual(2);
    expect(countryColour('ZA')).not.toBe(countryColour('GA'));
  });

  it('India and Australia both drew orange among manganese miners: the top eight producers of every statistic differ', () => {
    // The bundled statistics (seed/production.json), by material, stage and year: the bars a chart puts side by side.
    const rows = (JSON.parse(readFileSync(join(REPO_ROOT, 'seed', 'production.json'), 'utf8')) as { production: Row[] })
      .production;
    const byStatistic = new Map<string, Row[]>();
    for (const r of rows.filter((r) => r.country !== 'XW')) {
      const key = `${r.material} ${r.stage} ${r.year}`;
      byStatistic.set(key, [...(byStatistic.get(key) ?? []), r]);
    }
    expect(byStatistic.size).toBeGreaterThan(10);
    const shared: string[] = [];
    for (const [key, group] of byStatistic) {
      const top = [...group].sort((a, b) => b.value - a.value).slice(0, 8);
      const seen = new Map<string, string>();
      for (const { country } of top) {
        const other = seen.get(countryColour(country));
        if (other) shared.push(`${key}: ${other} and ${country}`);
        seen.set(countryColour(country), country);
      }
    }
    expect(shared).toEqual([]);
  });

  it('builds the legend from what is on screen, most frequent first, with names', () => {
    const nodes = [
      node('a', 'Facility', { country: 'DE', controllerRegion: 'EU' }),
      node('b', 'Facility', { country: 'HU', controllerRegion: 'EU' }),
      node('c', 'Company', { country: 'CN', controllerRegion: 'CHINA' }),
      node('lithium', 'Material'),
    ];
    const names = new Map([
      ['EU', 'European Union'],
      ['CHINA', 'China'],
    ]);
    expect(legendEntries(nodes, 'region', regions, names)).toEqual([
      { key: 'EU', label: 'European Union', colour: REGION_COLOURS['EU'], count: 2 },
      { key: 'CHINA', label: 'China', colour: REGION_COLOURS['CHINA'], count: 1 },
    ]);
    expect(legendEntries(nodes, 'country', regions).map((e) => e.key)).toEqual(['CN', 'DE', 'HU']);
  });
});

describe('shapes, widths and labels', () => {
  it('shapes nodes by type', () => {
    expect(nodeShape('MINE')).toBe('triangle');
    expect(nodeShape('CELL_PLANT')).toBe('round-rectangle');
    expect(nodeShape('SOMETHING_ELSE')).toBe('ellipse');
  });

  it('scales volume widths per unit on a log scale: the largest of each unit is widest', () => {
    const widths = edgeWidths(
      [
        edge('big-t', 'SUPPLIES', { value: 9999, unit: 't Li' }),
        // log1p(99) / log1p(9999) = 4.605 / 9.210 = 0.5 → 1 + 8 × 0.5 = 5
        edge('small-t', 'SUPPLIES', { value: 99, unit: 't Li' }),
        edge('gwh', 'HAS_CAPACITY', { value: 10, unit: 'GWh' }),
        edge('owns', 'OWNS', { share: 0.5 }),
      ],
      'volume',
    );
    expect(widths.get('big-t')).toBe(9);
    expect(widths.get('small-t')).toBeCloseTo(5, 3);
    expect(widths.get('gwh')).toBe(9);
    expect(widths.get('owns')).toBe(1);
  });

  it('scales share widths by ownership share: 1 + 8 × share', () => {
    const widths = edgeWidths([edge('o', 'OWNS', { share: 0.25 }), edge('f', 'SUPPLIES', { value: 5 })], 'share');
    expect(widths.get('o')).toBe(3);
    expect(widths.get('f')).toBe(1);
  });

  it('labels ownership edges with their share', () => {
    expect(edgeLabel(edge('o', 'OWNS', { share: 0.333 }))).toBe('33.3 %');
    expect(edgeLabel(edge('s', 'SUPPLIES', { value: 5 }))).toBe('');
  });
});
