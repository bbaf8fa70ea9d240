// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../web/src/features/explorer/DetailsPanel';
import { Legend } from '../../web/src/features/explorer/Legend';
import { useUrlState } from '../../web/src/lib/url-state';
import type { Lookups } from '../../web/src/lib/use-lookups';

afterEach(cleanup);

const lookups: Lookups = {
  data: undefined,
  error: undefined,
  regionsOf: new Map(),
  names: new Map([['DE', 'Germany']]),
  sources: new Map([
    ['src-a', { id: 'src-a', title: 'Annual report', publisher: 'Alpha', year: 2025, url: 'https://example.org/a' }],
  ]),
};

describe('DetailsPanel', () => {
  it('shows every property, names ids it knows, and links each source', () => {
    let expanded = '';
    render(
      <DetailsPanel
        node={{
          id: 'cell-x',
          label: 'Facility',
          type: 'CELL_PLANT',
          name: 'Plant X',
          data: { id: 'cell-x', country: 'DE', startYear: 2026, status: 'PLANNED', sources: ['src-a', 'src-missing'] },
        }}
        edge={undefined}
        edges={[]}
        nodeName={(id) => id}
        lookups={lookups}
        isExpanded={false}
        onExpand={(id) => (expanded = id)}
        onOwnership={() => undefined}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Plant X');
    expect(screen.getByRole('row', { name: /country/ }).textContent).toContain('Germany (DE)');
    expect(screen.getByRole('row', { name: /startYear/ }).textContent).toContain('2026');
    expect(screen.getByRole('link', { name: /Annual report — Alpha, 2025/ }).getAttribute('href')).toBe(
      'https://example.org/a',
    );
    expect(screen.getByText('src-missing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Expand neighbours' }));
    expect(expanded).toBe('cell-x');
  });
});

describe('Legend', () => {
  it('lists the colours on screen with counts', () => {
    render(
      <Legend
        title="Investor region"
        entries={[
          { key: 'EU', label: 'European Union', colour: '#1f5fbf', count: 4 },
          { key: 'CHINA', label: 'China', colour: '#d62728', count: 2 },
        ]}
      />,
    );
    const legend = screen.getByLabelText('Legend');
    expect(legend.textContent).toContain('Investor region');
    expect(legend.textContent).toContain('European Union (4)');
    expect(legend.textContent).toContain('China (2)');
  });
});

function Probe() {
  const { params, set, path } = useUrlState();
  return (
    <div>
      <span data-testid="state">
        {path}
        {params.toString()}
      </span>
      <button type="button" onClick={() => set({ sel: 'a' })}>
        select
      </button>
    </div>
  );
}

describe('useUrlState', () => {
  it('writes to the URL, re-renders, and follows back navigation', async () => {
    window.history.replaceState(null, '', '/?ids=x');
    render(<Probe />);
    expect(screen.getByTestId('state').textContent).toBe('/ids=x');
    fireEvent.click(screen.getByRole('button', { name: 'select' }));
    expect(window.location.search).toBe('?ids=x&sel=a');
    expect(screen.getByTestId('state').textContent).toBe('/ids=x&sel=a');
    window.history.back();
    await new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('state').textContent).toBe('/ids=x');
  });
});
