// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceBadge } from '../../web/src/components/EvidenceBadge';
import { GapsList, gapAnchor } from '../../web/src/components/GapsList';
import { evidenceNote, readTopThirdCountry, topThirdCountryText, type FigureBasis } from '../../web/src/lib/evidence';

afterEach(cleanup);

const names = new Map([
  ['CN', 'China'],
  ['lithium', 'Lithium'],
  ['EU', 'European Union'],
]);
const name = (id: string) => names.get(id) ?? id;

const figure = (over: Partial<FigureBasis>): FigureBasis => ({
  evidence: 'STATISTICS',
  importsRecorded: true,
  thirdCountryKnown: true,
  coverage: 1,
  standIns: [],
  gaps: [],
  topThirdCountry: { origin: 'CN', share: 0.75 },
  ...over,
});

describe('what a figure rests on', () => {
  it('evidence NONE reads "no data", never 0 %, and links to the gaps', () => {
    const none = figure({ evidence: 'NONE', thirdCountryKnown: false, topThirdCountry: null, gaps: [{ id: 'g1' }] });
    expect(topThirdCountryText(readTopThirdCountry(none), name)).toBe('no data');
    render(<EvidenceBadge basis={none} gapsHref="#gaps" />);
    expect(screen.getByText('no data')).toBeTruthy();
    expect(screen.getByRole('link', { name: '1 gap in the data' }).getAttribute('href')).toBe('#gaps');
    expect(document.body.textContent).not.toMatch(/0(\.0)? %/);
  });

  it('a REGISTER figure is a plant-register estimate with how many plants stood in', () => {
    const register = figure({ evidence: 'REGISTER', coverage: 0, standIns: [{}, {}, {}] });
    expect(evidenceNote(register)).toBe('plant-register estimate, 3 plants');
    expect(evidenceNote({ ...register, standIns: [{}] })).toBe('plant-register estimate, 1 plant');
    render(<EvidenceBadge basis={register} />);
    expect(screen.getByText('plant-register estimate, 3 plants')).toBeTruthy();
  });

  it('a MIXED figure says how much rests on statistics; STATISTICS alone carries no marker', () => {
    expect(evidenceNote(figure({ evidence: 'MIXED', coverage: 0.5, standIns: [{}, {}] }))).toBe(
      '50 % statistics, 2 plants standing in',
    );
    const { container } = render(<EvidenceBadge basis={figure({})} />);
    expect(container.textContent).toBe('');
  });

  it('a regional scope without imports reads "imports not recorded — third-country share unknown"', () => {
    const noImports = figure({
      evidence: 'REGISTER',
      importsRecorded: false,
      thirdCountryKnown: false,
      topThirdCountry: null,
      standIns: [{}],
    });
    expect(topThirdCountryText(readTopThirdCountry(noImports), name)).toBe(
      'imports not recorded — third-country share unknown',
    );
    render(<EvidenceBadge basis={noImports} />);
    expect(screen.getByText('imports not recorded — third-country share unknown')).toBeTruthy();
    expect(screen.getByText('plant-register estimate, 1 plant')).toBeTruthy();
  });

  it('a known share reads with its origin', () => {
    expect(topThirdCountryText(readTopThirdCountry(figure({})), name)).toBe('China 75.0 %');
  });
});

describe('GapsList', () => {
  it('lists what is missing, for what, where it could be found, with sources, each with an anchor', () => {
    render(
      <GapsList
        name={name}
        gaps={[
          {
            id: 'gap-li-ref',
            material: 'lithium',
            stage: 'REFINING',
            scope: 'EU',
            year: 2024,
            title: 'No refining statistics',
            detail: 'Refined output by country is not in the data.',
            lookAt: 'IEA Critical Minerals Dataset',
            sources: [
              {
                id: 's1',
                title: 'Critical Minerals Outlook',
                publisher: 'IEA',
                year: 2025,
                url: 'https://example.org',
              },
            ],
          },
        ]}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item.id).toBe(gapAnchor('gap-li-ref'));
    expect(item.textContent).toContain('No refining statistics · Lithium · Refining · European Union · 2024');
    expect(item.textContent).toContain('Where it could be found: IEA Critical Minerals Dataset');
    expect(screen.getByRole('link', { name: /Critical Minerals Outlook — IEA, 2025/ })).toBeTruthy();
  });

  it('renders nothing when the data lacks nothing', () => {
    const { container } = render(<GapsList gaps={[]} />);
    expect(container.textContent).toBe('');
  });
});
