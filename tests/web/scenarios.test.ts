import { describe, expect, it } from 'vitest';
import {
  draftToJson,
  emptyCapacity,
  emptyDraft,
  errorsAt,
  fieldPath,
  scenarioInput,
  slug,
  toDraft,
  withMeasure,
  withType,
  type Draft,
} from '../../web/src/features/scenarios/draft';
import { overrideText, readOverride, readOverrides, writeOverride } from '../../web/src/features/scenarios/overrides';
import { scenarioCalled } from '../../web/src/features/scenarios/use-scenarios';
import { appParams, applyPatch } from '../../web/src/lib/url-state';

const NAMES = new Map([
  ['CN', 'China'],
  ['DE', 'Germany'],
  ['graphite', 'Graphite'],
  ['manganese', 'Manganese'],
  ['ref-amg-bitterfeld', 'AMG Lithium hydroxide refinery, Bitterfeld-Wolfen'],
]);
const name = (id: string) => NAMES.get(id) ?? id;
const UNITS: Record<string, string> = { manganese: 't Mn', lithium: 't Li', 'battery-input': 't' };
const unitOf = (m: string) => UNITS[m];

describe('scenario overrides in words', () => {
  it('reads each kind of the interchange format and says what it changes', () => {
    // The bundled scenarios' shapes (seed/recycling.json) plus a stopped plant and an added one.
    const overrides = readOverrides([
      { facility: 'ref-amg-bitterfeld', status: 'STOPPED' },
      { country: 'CN', material: 'graphite', stage: 'REFINING', cut: 0.5 },
      { blackMassExportBan: true },
      {
        addFacility: {
          id: 'hyp-mn',
          name: 'Hypothetical Mn mine',
          type: 'MINE',
          stage: 'EXTRACTION',
          country: 'DE',
          status: 'UNDER_CONSTRUCTION',
          capacities: [{ material: 'manganese', year: 2027, value: 100000, unit: 't Mn' }],
        },
      },
      { somethingNew: 1 },
    ]);
    expect(overrides.map((o) => overrideText(o, name))).toEqual([
      'AMG Lithium hydroxide refinery, Bitterfeld-Wolfen: status → Stopped in every year',
      'Cuts China’s exports of graphite at refining to other countries by 50 %',
      'Bans black-mass exports from EU countries to non-OECD countries',
      'Adds a hypothetical mine “Hypothetical Mn mine” in Germany (Extraction, under construction) with 100,000 t Mn of Manganese from 2027',
      'An override this app does not know: {"somethingNew":1}',
    ]);
  });

  it('a cut without a stage reads "at every stage"; a capacity change names every capacity row', () => {
    expect(overrideText(readOverride({ country: 'CN', material: 'graphite', cut: 1 }), name)).toBe(
      'Cuts China’s exports of graphite at every stage to other countries by 100 %',
    );
    expect(overrideText(readOverride({ facility: 'ref-amg-bitterfeld', capacity: 1500 }), name)).toBe(
      'AMG Lithium hydroxide refinery, Bitterfeld-Wolfen: capacity → 1,500 in each of its capacity rows',
    );
  });

  it('a stored override goes through the builder and back unchanged (an unknown one too)', () => {
    const stored = [
      { facility: 'ref-amg-bitterfeld', status: 'STOPPED', capacity: 0 },
      { country: 'CD', material: 'cobalt', stage: 'EXTRACTION', cut: 1 },
      { blackMassExportBan: true },
      {
        addFacility: {
          id: 'hyp-mn',
          name: 'Hypothetical Mn mine',
          type: 'MINE',
          stage: 'EXTRACTION',
          country: 'DE',
          status: 'PLANNED',
          startYear: 2027,
          capacities: [{ material: 'manganese', year: 2027, value: 100000, unit: 't Mn' }],
        },
      },
      {
        addFacility: {
          id: 'hyp-rec',
          name: 'Hypothetical recycler',
          type: 'RECYCLER',
          stage: 'RECYCLING',
          country: 'PL',
          status: 'PLANNED',
          startYear: 2026,
          chemistry: 'NMC',
          sources: ['src-x'],
          capacities: [
            {
              material: 'battery-input',
              measure: 'BATTERY_INPUT',
              basis: 'ANNOUNCED',
              year: 2027,
              value: 20000,
              unit: 't',
              notes: 'as announced',
            },
          ],
        },
      },
      { parameter: { kind: 'RECOVERY_EFFICIENCY', material: 'lithium', chemistry: 'NMC', value: 0.9 } },
      { somethingNew: 1 },
    ];
    expect(readOverrides(stored).map((o) => draftToJson(toDraft(o), unitOf))).toEqual(stored);
    expect(readOverrides(stored).map(writeOverride)).toEqual(stored);
  });
});

describe('scenario builder drafts', () => {
  it('sends what was typed: empty optional fields left out, numbers as numbers, bad numbers as typed', () => {
    const stop: Draft = { kind: 'facility', facility: 'ref-amg-bitterfeld', status: 'STOPPED', capacity: '' };
    expect(draftToJson(stop, unitOf)).toEqual({ facility: 'ref-amg-bitterfeld', status: 'STOPPED' });
    // A fraction above 1 is sent as it is: the API's validator names the field (the web does not judge it).
    const cut: Draft = { kind: 'cut', country: 'CN', material: 'graphite', stage: '', cut: '1.5' };
    expect(draftToJson(cut, unitOf)).toEqual({ country: 'CN', material: 'graphite', cut: 1.5 });
    expect(draftToJson({ ...cut, cut: 'half' }, unitOf)).toEqual({ country: 'CN', material: 'graphite', cut: 'half' });
    expect(draftToJson(emptyDraft('ban'), unitOf)).toEqual({ blackMassExportBan: true });
  });

  it('a hypothetical plant gets an id from its name, its material’s unit and its first capacity year as start year', () => {
    const add: Draft = {
      ...(emptyDraft('add') as Extract<Draft, { kind: 'add' }>),
      name: 'Mine de Manganèse (test)',
      country: 'DE',
      status: 'UNDER_CONSTRUCTION',
      capacities: [{ measure: '', material: 'manganese', basis: '', value: '100000', year: '2027' }],
    };
    expect(draftToJson(add, unitOf)).toEqual({
      addFacility: {
        id: 'hyp-mine-de-manganese-test',
        name: 'Mine de Manganèse (test)',
        type: 'MINE',
        stage: 'EXTRACTION',
        country: 'DE',
        status: 'UNDER_CONSTRUCTION',
        startYear: 2027,
        capacities: [{ material: 'manganese', year: 2027, value: 100000, unit: 't Mn' }],
      },
    });
    expect(slug('  Ærø – Li hydroxide #2 ')).toBe('r-li-hydroxide-2');
  });

  it('a hypothetical recycler states each row’s measure and basis; the measure fixes the material', () => {
    const mine = emptyDraft('add') as Extract<Draft, { kind: 'add' }>;
    const recycler = withType({ ...mine, name: 'Hypothetical recycler', country: 'PL' }, 'RECYCLER');
    expect(recycler.stage).toBe('RECYCLING');
    // A recycler's first row starts as battery input (the measure operators publish most).
    expect(recycler.capacities).toEqual([
      { measure: 'BATTERY_INPUT', material: 'battery-input', basis: 'INSTALLED', value: '', year: '' },
    ]);
    const feed = withMeasure(emptyCapacity('RECYCLER'), 'BLACK_MASS_INPUT');
    expect(feed.material).toBe('black-mass-feed');
    // Recovered metal: the user picks the metal (the fixed material is cleared).
    expect(withMeasure(feed, 'RECOVERED_METAL').material).toBe('');
    const d: Draft = {
      ...recycler,
      capacities: [
        { ...recycler.capacities[0]!, value: '20000', year: '2027', basis: 'ANNOUNCED' },
        { ...feed, value: '8000', year: '2028' },
        emptyCapacity('RECYCLER'), // left empty: not sent
      ],
    };
    const units = (m: string) => ({ 'battery-input': 't', 'black-mass-feed': 't' })[m];
    expect(draftToJson(d, units)).toEqual({
      addFacility: {
        id: 'hyp-hypothetical-recycler',
        name: 'Hypothetical recycler',
        type: 'RECYCLER',
        stage: 'RECYCLING',
        country: 'PL',
        status: 'PLANNED',
        startYear: 2027,
        capacities: [
          {
            material: 'battery-input',
            year: 2027,
            value: 20000,
            unit: 't',
            basis: 'ANNOUNCED',
            measure: 'BATTERY_INPUT',
          },
          {
            material: 'black-mass-feed',
            year: 2028,
            value: 8000,
            unit: 't',
            basis: 'INSTALLED',
            measure: 'BLACK_MASS_INPUT',
          },
        ],
      },
    });
    expect(overrideText(readOverride(draftToJson(d, units)), name)).toBe(
      'Adds a hypothetical recycler “Hypothetical recycler” in PL (Recycling, planned) with 20,000 t of battery input (packs, modules, scrap) to pre-treatment announced for 2027; 8,000 t of black mass processed (hydrometallurgy) from 2028',
    );
    // Back to a mine: the measures go.
    expect(withType(d, 'MINE').capacities.map((c) => c.measure)).toEqual(['', '', '']);
  });

  it('a recycling parameter override: BLACK_MASS_YIELD has no metal, the others name one', () => {
    const p = emptyDraft('parameter');
    expect(draftToJson({ ...(p as Extract<Draft, { kind: 'parameter' }>), value: '0.9' }, unitOf)).toEqual({
      parameter: { kind: 'RECOVERY_EFFICIENCY', material: 'lithium', value: 0.9 },
    });
    const yieldDraft: Draft = {
      kind: 'parameter',
      parameterKind: 'BLACK_MASS_YIELD',
      material: 'lithium',
      chemistry: '',
      value: '0.3',
    };
    expect(draftToJson(yieldDraft, unitOf)).toEqual({ parameter: { kind: 'BLACK_MASS_YIELD', value: 0.3 } });
    expect(
      overrideText(readOverride({ parameter: { kind: 'RECOVERY_EFFICIENCY', material: 'lithium', value: 0.9 } }), name),
    ).toBe(
      'Sets the recycling parameter Recovery efficiency of lithium to 0.9 (fraction recovered) instead of the data’s value',
    );
  });

  it('the scenario input trims text and leaves an empty description out', () => {
    expect(
      scenarioInput(
        { id: ' scn-x ', name: ' Stop AMG ', description: '  ', notes: '', overrides: [emptyDraft('ban')] },
        unitOf,
      ),
    ).toEqual({ id: 'scn-x', name: 'Stop AMG', overrides: [{ blackMassExportBan: true }] });
  });

  it('an error lands on the field its path names, and on the override it lies inside', () => {
    const errors = [
      { path: 'scenario.overrides[1].cut', message: 'must be a fraction in [0, 1]' },
      { path: 'scenario.overrides[2].addFacility.capacities[0].value', message: 'must be ≥ 0' },
      { path: 'scenario.name', message: 'must not be empty' },
      { path: 'scenarios[0].overrides[10].facility', message: 'unknown facility' },
    ];
    expect(fieldPath('scenario.overrides[1].cut')).toBe('overrides[1].cut');
    expect(errorsAt(errors, 'overrides[1].cut').map((e) => e.message)).toEqual(['must be a fraction in [0, 1]']);
    expect(errorsAt(errors, 'overrides[1].stage')).toEqual([]);
    expect(errorsAt(errors, 'overrides[2].addFacility.capacities[0].value')).toHaveLength(1);
    expect(errorsAt(errors, 'overrides[2]')).toHaveLength(1);
    expect(errorsAt(errors, 'name').map((e) => e.message)).toEqual(['must not be empty']);
    // overrides[1] is not overrides[10]
    expect(errorsAt(errors, 'overrides[1]').map((e) => e.path)).toEqual(['scenario.overrides[1].cut']);
  });
});

describe('the app-wide scenario parameter', () => {
  it('is kept when going to another view, and only it', () => {
    expect(applyPatch('', { ...appParams('?scenario=scn-a&scope=DE&cell=x'), entity: 'e' })).toBe(
      '?entity=e&scenario=scn-a',
    );
    expect(applyPatch('', { ...appParams('?scope=DE'), entity: 'e' })).toBe('?entity=e');
    expect(applyPatch('', { ...appParams('?scenario=scn-a'), scenario: null })).toBe('');
  });
});

describe('differences as the API gives them', () => {
  it('a null difference reads "no figure" (one side has none), never ±0; signs and points', async () => {
    const { NO_FIGURE, signedNumber, signedPoints, signedQuantity } =
      await import('../../web/src/features/scenarios/difference-format');
    expect(NO_FIGURE).toBe('no figure');
    expect(signedQuantity(null, 't Li')).toBe('no figure');
    expect(signedPoints(undefined)).toBe('no figure');
    expect(signedNumber(null)).toBe('no figure');
    // 3,609.47 − 6,917.47 (EU refined lithium 2024, AMG Bitterfeld stopped)
    expect(signedQuantity(-3308, 't Li')).toBe('−3,308 t Li');
    expect(signedQuantity(75000, 't Mn')).toBe('+75,000 t Mn');
    expect(signedQuantity(0, 'GWh')).toBe('0 GWh');
    // 0.517148 − 0.669346 = −0.152198
    expect(signedPoints(-0.152198)).toBe('−15.2 pp');
    expect(signedPoints(0.00004)).toBe('0.0 pp');
    expect(signedNumber(0.306)).toBe('+0.306');
    expect(signedNumber(-1e-9)).toBe('0.000');
  });
});

describe('how a note names the scenario', () => {
  // CI caught the ownership note saying “scn-e2e-…” and then the name: a note named the scenario before the list
  // had loaded. Now it names nothing until the list is there.
  const list = [{ id: 'scn-a', name: 'Stop A' }];
  it('is null without a scenario and while the stored scenarios load', () => {
    expect(scenarioCalled(null, list)).toBeNull();
    expect(scenarioCalled('scn-a', null)).toBeNull();
  });
  it('is the stored name in quotes, or the id in quotes when none is stored under it', () => {
    expect(scenarioCalled('scn-a', list)).toBe('“Stop A”');
    expect(scenarioCalled('scn-gone', list)).toBe('“scn-gone”');
  });
});
