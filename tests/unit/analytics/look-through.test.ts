import { describe, expect, it } from 'vitest';
import { lookThrough } from '../../../api/src/analytics/look-through.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { fixture } from '../../helpers.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('lookthrough.json');

describe('look-through dependency (SPEC 4.4)', () => {
  const lt = lookThrough(p, {
    scope: 'EU',
    material: 'lithium',
    stage: 'COMPONENT',
    upstream: 'EXTRACTION',
    year: 2024,
  });

  it('passes the direct COMPONENT mix through REFINING and EXTRACTION mixes, with an assumed share', () => {
    // Direct (EU COMPONENT): DE 100 + CN→DE 200 + KR→DE 100 = 400 → DE .25, CN .5, KR .25.
    expect(lt.direct.total).toBeCloseTo(400, EXACT);
    expect(lt.direct.topThirdCountry?.origin).toBe('CN');
    // M_REFINING: DE = DE 50, CN 150 → (.25, .75); CN = CN 800, AU 200 → (.8, .2); KR none → assumed self.
    //   after REFINING: DE .0625, CN .1875 + .4 = .5875, AU .1; assumed KR .25.
    // M_EXTRACTION: CN = CN 300, AU 700 → (.3, .7); AU = AU 1; DE none → assumed; KR none → stays assumed.
    //   CN .5875·.3 = .17625; AU .5875·.7 + .1 = .51125; DE .0625 (assumed); KR .25 (assumed).
    const by = Object.fromEntries(lt.shares.map((s) => [s.origin, s.share]));
    expect(by.AU).toBeCloseTo(0.51125, EXACT);
    expect(by.KR).toBeCloseTo(0.25, EXACT);
    expect(by.CN).toBeCloseTo(0.17625, EXACT);
    expect(by.DE).toBeCloseTo(0.0625, EXACT);
    expect(lt.shares.map((s) => s.origin)).toEqual(['AU', 'KR', 'CN', 'DE']);
    // assumed = KR .25 + DE .0625 = .3125
    expect(lt.assumed).toBeCloseTo(0.3125, EXACT);
    expect(lt.topThirdCountry?.origin).toBe('AU');
    // value = share × direct total: .51125 × 400 = 204.5 t Li
    expect(lt.topThirdCountry?.value).toBeCloseTo(204.5, EXACT);
  });

  it('lists the largest contributing paths, origin at COMPONENT first', () => {
    // CN→CN→AU .5·.8·.7 = .28; KR→KR→KR .25 (assumed); DE→CN→AU .25·.75·.7 = .13125; CN→CN→CN .12; CN→AU→AU .1
    expect(lt.paths.slice(0, 5).map((x) => [x.origins.join('>'), x.assumed])).toEqual([
      ['CN>CN>AU', false],
      ['KR>KR>KR', true],
      ['DE>CN>AU', false],
      ['CN>CN>CN', false],
      ['CN>AU>AU', false],
    ]);
    expect(lt.paths[0]!.weight).toBeCloseTo(0.28, EXACT);
    expect(lt.paths[2]!.weight).toBeCloseTo(0.13125, EXACT);
    // All seven paths together carry the whole exposure: .28+.25+.13125+.12+.1+.0625+.05625 = 1
    expect(lt.paths.reduce((sum, x) => sum + x.weight, 0)).toBeCloseTo(1, EXACT);
    expect(lt.assumptions.join(' ')).toMatch(/assumed to source entirely from themselves/);
  });

  it('does one stage with no assumption needed when every country has supply', () => {
    const one = lookThrough(p, {
      scope: 'CN',
      material: 'lithium',
      stage: 'REFINING',
      upstream: 'EXTRACTION',
      year: 2024,
    });
    // CN REFINING: CN 800, AU 200 → (.8, .2); then CN → (.3 CN, .7 AU), AU → AU.
    // CN .8·.3 = .24; AU .8·.7 + .2 = .76.
    const by = Object.fromEntries(one.shares.map((s) => [s.origin, s.share]));
    expect(by.AU).toBeCloseTo(0.76, EXACT);
    expect(by.CN).toBeCloseTo(0.24, EXACT);
    expect(one.assumed).toBe(0);
  });

  it('rejects an upstream stage that is not before the stage', () => {
    expect(() =>
      lookThrough(p, { scope: 'EU', material: 'lithium', stage: 'REFINING', upstream: 'CELL', year: 2024 }),
    ).toThrow(/upstream stage before the stage/);
  });

  it('gives no top third country when the direct third-country share is unknown (regression: Chile 85.4 % shown for a figure with incomplete imports)', () => {
    // The same fixture with a gap marking the EU's COMPONENT imports as incomplete (as seed/gaps.json does for the
    // EU's lithium hydroxide imports). The direct figure's third-country share is then unknown, and passing the
    // recorded part of the mix upstream must not make it known: before the fix this answered AU 51.125 %.
    const doc = fixture('analytics/lookthrough.json') as Record<string, unknown>;
    const gaps = [
      {
        id: 'gap-fx-component-imports',
        material: 'lithium',
        stage: 'COMPONENT',
        scope: 'EU',
        year: 2024,
        title: 'EU component imports: one code of several',
        detail: 'Fixture: the recorded imports miss a material part.',
        incomplete: true,
        sources: ['src-fx'],
      },
    ];
    const result = validateDataset({ ...doc, version: 2, gaps });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const partial = lookThrough(buildProjection(result.dataset), {
      scope: 'EU',
      material: 'lithium',
      stage: 'COMPONENT',
      upstream: 'EXTRACTION',
      year: 2024,
    });
    expect(partial.direct.thirdCountryKnown).toBe(false);
    expect(partial.direct.topThirdCountry).toBeNull();
    expect(partial.topThirdCountry).toBeNull();
    // The exposure shares on the recorded part are still given (same arithmetic as the first test) …
    const by = Object.fromEntries(partial.shares.map((s) => [s.origin, s.share]));
    expect(by.AU).toBeCloseTo(0.51125, EXACT);
    // … and the assumptions say why there is no top third country.
    expect(partial.assumptions.join(' ')).toMatch(/third-country share is unknown .* no top third country/);
    // Control: without the gap the same query names AU (the fix changes only the unknown case).
    expect(lt.direct.thirdCountryKnown).toBe(true);
    expect(lt.topThirdCountry?.origin).toBe('AU');
  });
});
