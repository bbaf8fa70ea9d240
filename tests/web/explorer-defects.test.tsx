// @vitest-environment jsdom
// Regression tests for the explorer defects of issue 12, each named after what a user saw.
import { cleanup, render, screen } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { ScopeSelect, byName } from '../../web/src/components/ScopeYear';
import { SharesChart } from '../../web/src/components/SharesChart';
import { runLayout } from '../../web/src/graph/create-graph-view';
import { countryColour, type ViewEdge, type ViewNode } from '../../web/src/graph/style';
import { contrastRatio } from '../../web/src/lib/chart-ink';

afterEach(cleanup);

const regions = [
  { id: 'EU', name: 'European Union' },
  { id: 'CHINA', name: 'China (region)' },
];
const countries = [
  { id: 'DE', name: 'Germany' },
  { id: 'AT', name: 'Austria' },
  { id: 'CZ', name: 'Czechia' },
  { id: 'NL', name: 'Netherlands' },
];

describe('scope picker', () => {
  it('?scope=DE showed "Global": a country scope from the link is shown as that country', () => {
    render(<ScopeSelect value="DE" regions={regions} countries={countries} onChange={() => undefined} />);
    const select = screen.getByLabelText('Scope') as HTMLSelectElement;
    expect(select.value).toBe('DE');
    expect(select.selectedOptions[0]?.textContent).toBe('Germany');
  });

  it('a scope the picker does not list is shown as itself, never as another scope', () => {
    render(<ScopeSelect value="XX" regions={regions} onChange={() => undefined} />);
    const select = screen.getByLabelText('Scope') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('XX');
  });

  it('country list sorted by code, not name: countries are listed by name', () => {
    expect(byName(countries).map((c) => c.name)).toEqual(['Austria', 'Czechia', 'Germany', 'Netherlands']);
    render(<ScopeSelect value="EU" regions={regions} countries={countries} onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Countries' });
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Austria',
      'Czechia',
      'Germany',
      'Netherlands',
    ]);
  });
});

describe('colours', () => {
  it("China's red reused for Finland, Denmark, Greece and Namibia: red is China's alone", () => {
    const red = countryColour('CN');
    for (const id of ['FI', 'DK', 'GR', 'NA']) expect(countryColour(id), id).not.toBe(red);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const reds = [];
    for (const a of letters) for (const b of letters) if (countryColour(a + b) === red) reds.push(a + b);
    expect(reds).toEqual(['CN']);
    // nor its light tint
    for (const a of letters) for (const b of letters) expect(countryColour(a + b)).not.toBe('#ff9896');
  });

  it('chart value labels at 1.5–2.7:1 contrast: every label on a chart reads at 4.5:1 or more on white', () => {
    // Sweden's light blue bar (#aec7e8) was also the colour of its value label.
    const { container } = render(
      <SharesChart
        label="Origin shares"
        shares={[
          { origin: 'PL', share: 0.42 },
          { origin: 'SE', share: 0.075 },
          { origin: 'SK', share: 0.01 },
        ]}
        names={new Map([['SE', 'Sweden']])}
        benchmark={0.65}
      />,
    );
    const labels = [...container.querySelectorAll('text')].filter((t) => /%/.test(t.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      const fill = label.getAttribute('fill') ?? '#000000';
      expect(fill, label.textContent ?? '').toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrastRatio(fill, '#ffffff'), `${label.textContent} in ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('force layout', () => {
  const nodes: ViewNode[] = Array.from({ length: 14 }, (_, i) => ({
    id: `n${i}`,
    label: i < 4 ? 'Company' : 'Facility',
    type: i < 4 ? 'COMPANY' : 'CELL_PLANT',
    name: `n${i}`,
    data: {},
  }));
  const edges: ViewEdge[] = nodes.slice(4).map((n, i) => ({
    id: `e${i}`,
    source: `n${i % 4}`,
    target: n.id,
    type: 'OWNS',
    data: {},
  }));
  function positions(): string {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id } })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    runLayout(cy, 'force', nodes, edges);
    const text = JSON.stringify(
      cy.nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]),
    );
    cy.destroy();
    return text;
  }

  it('the force layout landed differently on each reload: the same graph lands the same way', () => {
    const first = positions();
    expect(positions()).toBe(first);
    // and not by collapsing everything onto one point
    expect(new Set(JSON.parse(first).map((p: number[]) => `${p[1]},${p[2]}`)).size).toBe(nodes.length);
    expect(Math.random).not.toBe(undefined);
  });
});
