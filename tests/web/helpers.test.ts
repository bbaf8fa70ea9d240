import { describe, expect, it } from 'vitest';
import { dependencyBand } from '../../web/src/features/dependency/bands';
import { upstreamStages } from '../../web/src/features/dependency/CellDetail';
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
  it('reads 65 % and above as high, 50–65 % as mid, below as low; a missing figure is never a band', () => {
    const known = (share: number) =>
      ({ evidence: 'STATISTICS', thirdCountryKnown: true, topThirdCountry: { origin: 'CN', share } }) as const;
    expect(dependencyBand(known(0.65))).toBe('high');
    expect(dependencyBand(known(0.6499))).toBe('mid');
    expect(dependencyBand(known(0.5))).toBe('mid');
    expect(dependencyBand(known(0.49))).toBe('low');
    // evidence NONE is "no data", whatever else the figure says
    expect(dependencyBand({ evidence: 'NONE', thirdCountryKnown: false, topThirdCountry: null })).toBe('none');
    // EU without recorded imports: the third-country share is unknown, not absent
    expect(dependencyBand({ evidence: 'REGISTER', thirdCountryKnown: false, topThirdCountry: null })).toBe('unknown');
    expect(dependencyBand({ evidence: 'STATISTICS', thirdCountryKnown: true, topThirdCountry: null })).toBe('empty');
  });

  it('looks through to every earlier stage, nearest last; none from EXTRACTION or RECYCLING', () => {
    expect(upstreamStages('CELL')).toEqual(['EXTRACTION', 'REFINING', 'COMPONENT']);
    expect(upstreamStages('EXTRACTION')).toEqual([]);
    expect(upstreamStages('RECYCLING')).toEqual([]);
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
    // regression: 0.05 GWh of 157 GWh (Slovakia's cell capacity in the EU, 2024) read "0.0 %"
    expect(percent(0.05 / 156.735)).toBe('<0.1 %');
    expect(percent(-0.0002)).toBe('>−0.1 %');
    expect(percent(-1e-17)).toBe('0.0 %');
    expect(percent(0)).toBe('0.0 %');
    expect(percent(0.004, 0)).toBe('<1 %');
    expect(quantity(16000, 't Li')).toBe('16,000 t Li');
    expect(quantity(2.5, 'GWh')).toBe('2.5 GWh');
  });
});
