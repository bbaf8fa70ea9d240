import type { Dataset } from '../api/src/dataset/types.js';
import { fixture } from './helpers.js';

/** Search fixtures shared by the store contract suite and the search index's equivalence test. */

/** The contract fixture plus names that tokenisers disagree about. */
export function unicodeDataset(): Dataset {
  const f = fixture('contract.json');
  const mine = f.facilities.find((r) => r.id === 'mine-beta-yichun')!;
  return {
    ...f,
    companies: [
      ...f.companies,
      {
        id: 'co-catl-cn',
        name: '宁德时代新能源科技股份有限公司',
        country: 'CN',
        aliases: ['CATL', 'Contemporary Amperex Technology'],
        sources: ['src-report'],
      },
      { id: 'co-miniere', name: 'Société Minière du Nord S.A.', country: 'DE', sources: ['src-report'] },
    ],
    facilities: [
      ...f.facilities,
      { ...mine, id: 'mine-obrien', name: "O'Brien's Lithium Mine", aliases: ['Mine d’Obrien'] },
    ],
  };
}

/** Queries a user of the bundled data would type: names, prefixes, typos, materials, countries, sources. */
export const RANKING_QUERIES = [
  'CATL',
  'Northvolt',
  'lithium',
  'Tesla Berlin',
  'Germany',
  'Umicore',
  'Volks',
  'graphite',
  'cobalt refinery',
  'nickel',
  'LG Energy',
  'Samsung',
  'Debrecen',
  'Salzgitter',
  'Chile',
  'Poland',
  'recycling',
  'Li-Cycle',
  'Hydrovolt',
  'Glencore',
  'Freyr',
  'ACC',
  'Envision',
  'Gotion',
  'Verkor',
  'Stellantis',
  'Mercedes',
  'BASF',
  'Johnson Matthey',
  'Keliber',
  'Vulcan',
  'manganese',
  'China',
  'Korea',
  'Eramet',
  'Norsk',
  'Umicore Nysa',
  'cathode',
  'anode',
  'Svolt',
  'Farasis',
  'Sunwoda',
  'USGS',
  'IEA',
  'Northvolt Ett',
  'Northvlt',
  'Umicor',
  'Salzgiter',
];
