// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharesOverTime } from '../../web/src/features/dependency/SharesOverTime';
import { contrastRatio } from '../../web/src/lib/chart-ink';
import { createQueryClient } from '../../web/src/lib/use-query';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const point = (year: number, shares: [string, number][], total: number) => ({
  year,
  total,
  unit: 't Li',
  evidence: shares.length > 0 ? 'STATISTICS' : 'NONE',
  importsRecorded: null,
  thirdCountryKnown: shares.length > 0,
  coverage: shares.length > 0 ? 1 : 0,
  shares: shares.map(([origin, share]) => ({ origin, share, value: share * total })),
  topThirdCountry: shares.length > 0 ? { origin: shares[0]![0], share: shares[0]![1] } : null,
  standIns: [],
  gaps: [],
});

// A world series as the API answers it: 2021 and 2023 from statistics, nothing recorded for 2022.
const series = [
  point(
    2021,
    [
      ['CN', 0.6],
      ['CL', 0.3],
      ['AU', 0.1],
    ],
    1000,
  ),
  point(2022, [], 0),
  point(
    2023,
    [
      ['CN', 0.7],
      ['CL', 0.2],
      ['AU', 0.1],
    ],
    1000,
  ),
];

/** Renders the chart on the API's answer `data` (a scenario asks for the baseline too); returns what was asked. */
function renderSeries(data: unknown[] = series, scenario: string | null = null) {
  const bodies: string[] = [];
  vi.stubGlobal('fetch', async (_: unknown, init?: RequestInit) => {
    bodies.push(String(init?.body));
    return new Response(JSON.stringify({ data: { dependencySeries: data } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const view = render(
    <QueryClientProvider client={createQueryClient()}>
      <SharesOverTime
        material="lithium"
        stage="REFINING"
        scope="GLOBAL"
        year={2023}
        scenario={scenario}
        names={
          new Map([
            ['CN', 'China'],
            ['CL', 'Chile'],
            ['AU', 'Australia'],
          ])
        }
      />
    </QueryClientProvider>,
  );
  return { ...view, bodies };
}

describe('shares over time', () => {
  it('a year with no data is shown as "no data", never 0 %: no point, a label under its year, "no data" in the table', async () => {
    const { container } = renderSeries();
    const table = await screen.findByRole('table', { name: 'Shares over time table' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      '2021China 60.0 %1,000 t Listatistics',
      '2022no datano datano data',
      '2023China 70.0 %1,000 t Listatistics',
    ]);
    const figure = screen.getByRole('figure', { name: 'Shares over time chart' });
    // The tick of 2022 carries the words "no data" …
    const ticks = [...figure.querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks).toContain('no data');
    // … and no line has a point there: 3 lines × 2 years with data = 6 dots (a 0 % drawn for 2022 would make 9).
    await waitFor(() => expect(figure.querySelectorAll('.recharts-line-dot').length).toBe(6));
    // Every text on the chart (ticks, "no data", the 65 % label) reads at 4.5:1 or more on white.
    for (const text of container.querySelectorAll('figure text')) {
      const fill = text.getAttribute('fill') ?? '#000000';
      if (!/^#[0-9a-f]{6}$/i.test(fill)) continue;
      expect(contrastRatio(fill, '#ffffff'), text.textContent ?? '').toBeGreaterThanOrEqual(4.5);
    }
  });
});

// The same series under a scenario: 2021 unchanged; 2023 China cut from 700 to 350 t (total 1,000 → 650 t,
// China 70.0 % → 350 / 650 = 53.8 %, change −16.2 pp as the API's difference gives it); 2022 no data on both sides.
const scenarioSeries = series.map((d) => {
  if (d.year !== 2023)
    return { ...d, baseline: d, difference: d.total > 0 ? change(0, 0, false) : change(0, null, false) };
  const cut = point(
    2023,
    [
      ['CN', 350 / 650],
      ['CL', 200 / 650],
      ['AU', 100 / 650],
    ],
    650,
  );
  return { ...cut, baseline: d, difference: change(-350, 350 / 650 - 0.7, false) };
});
function change(total: number, topThirdCountryShare: number | null, topThirdCountryChanged: boolean) {
  return { total, topThirdCountryShare, topThirdCountryChanged };
}

describe('shares over time under a scenario', () => {
  it('the chart showed only the scenario’s series: the stored data’s is drawn beside it, the legend says which is which', async () => {
    const { bodies } = renderSeries(scenarioSeries, 'scn-cn-cut');
    const table = await screen.findByRole('table', { name: 'Shares over time table' });
    // The request asks for each year's baseline and difference.
    expect(JSON.parse(bodies[0]!).variables).toMatchObject({ scenario: 'scn-cn-cut', withBaseline: true });
    const rows = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([
      [
        '2021',
        'China 60.0 %',
        'China 60.0 %',
        '0.0 pp',
        '1,000 t Li',
        '1,000 t Li',
        '0 t Li',
        'statistics',
        'statistics',
      ],
      ['2022', 'no data', 'no data', 'no figure', 'no data', 'no data', 'no figure', 'no data', 'no data'],
      [
        '2023',
        'China 70.0 %',
        'China 53.8 %',
        '−16.2 pp',
        '1,000 t Li',
        '650 t Li',
        '−350 t Li',
        'statistics',
        'statistics',
      ],
    ]);
    const figure = screen.getByRole('figure', { name: 'Shares over time chart' });
    expect(figure.textContent).toContain('Dashed lines and hollow dots: the stored data (baseline)');
    // 3 origins × 2 sides = 6 lines, 3 of them dashed; 6 lines × 2 readable years = 12 dots.
    await waitFor(() => expect(figure.querySelectorAll('.recharts-line-curve').length).toBe(6));
    expect(figure.querySelectorAll('.recharts-line-curve[stroke-dasharray="6 4"]').length).toBe(3);
    await waitFor(() => expect(figure.querySelectorAll('.recharts-line-dot').length).toBe(12));
    const legend = [...figure.querySelectorAll('.recharts-legend-item-text')].map((t) => t.textContent);
    expect(legend).toEqual([
      'China — stored data',
      'China — scenario',
      'Chile — stored data',
      'Chile — scenario',
      'Australia — stored data',
      'Australia — scenario',
    ]);
  });
});
