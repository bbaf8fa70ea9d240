/**
 * The words of the interchange format the recycling views and the scenario builder offer as choices (the API's
 * model, api/src/dataset/model.ts, is the one definition and validates them; these lists only fill pickers).
 */

/** The kinds of recycling parameter (SPEC 4.7), in the order the chain uses them. */
export const PARAMETER_KINDS = [
  'BLACK_MASS_YIELD',
  'BLACK_MASS_CONTENT',
  'RECOVERY_EFFICIENCY',
  'MATERIAL_INTENSITY',
] as const;

/** The metals a parameter other than BLACK_MASS_YIELD is about. */
export const PARAMETER_METALS = ['lithium', 'nickel', 'cobalt', 'manganese'] as const;

/** What each parameter kind's value counts, in words. */
export const UNIT_OF_KIND: Readonly<Record<string, string>> = {
  BLACK_MASS_YIELD: 't black mass per t battery input',
  BLACK_MASS_CONTENT: 't metal per t black mass',
  RECOVERY_EFFICIENCY: 'fraction recovered',
  MATERIAL_INTENSITY: 't metal per GWh of cells',
};

/** What a capacity row states: built and usable from its year, or a plan for that year (SPEC 4.0). */
export const CAPACITY_BASES = ['INSTALLED', 'ANNOUNCED'] as const;

/** What a recycler's capacity row counts, the way operators publish it (SPEC 4.7). */
export const CAPACITY_MEASURES = ['BATTERY_INPUT', 'BLACK_MASS_OUTPUT', 'BLACK_MASS_INPUT', 'RECOVERED_METAL'] as const;

/** The material each measure fixes (RECOVERED_METAL: the metal recovered, picked by the user). */
export const MATERIAL_OF_MEASURE: Readonly<Record<string, string>> = {
  BATTERY_INPUT: 'battery-input',
  BLACK_MASS_OUTPUT: 'black-mass',
  BLACK_MASS_INPUT: 'black-mass-feed',
};

/** A measure in a picker. */
export const MEASURE_LABEL: Readonly<Record<string, string>> = {
  BATTERY_INPUT: 'Battery input',
  BLACK_MASS_OUTPUT: 'Black mass produced',
  BLACK_MASS_INPUT: 'Black mass processed (hydromet)',
  RECOVERED_METAL: 'Metal recovered',
};

/** A measure in words, for sentences. */
export const MEASURE_TEXT: Readonly<Record<string, string>> = {
  BATTERY_INPUT: 'battery input (packs, modules, scrap) to pre-treatment',
  BLACK_MASS_OUTPUT: 'black mass produced',
  BLACK_MASS_INPUT: 'black mass processed (hydrometallurgy)',
  RECOVERED_METAL: 'metal recovered',
};
