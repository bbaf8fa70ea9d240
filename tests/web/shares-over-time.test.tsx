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

function renderSeries() {
  vi.stubGlobal(
    'fetch',
    async () =>
      new Response(JSON.stringify({ data: { dependencySeries: series } }), {
        headers: { 'content-type': 'application/json' },
      }),
  );
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <SharesOverTime
        material="lithium"
        stage="REFINING"
        scope="GLOBAL"
        year={2023}
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
