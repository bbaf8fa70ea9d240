/** One figure on the stored data (baseline) and under the scenario, both already formatted from the API's fields. */
export interface ComparePair {
  baseline: string;
  scenario: string;
  /** The API's difference (scenario − baseline), formatted; '' where the API gives none for this figure. */
  difference?: string;
}

/** One row of a baseline-vs-scenario table: a figure, with a pair per column group (e.g. location and control). */
export interface CompareRow {
  label: string;
  values: readonly ComparePair[];
}

/** A row of a table with one column group. */
export function compareRow(label: string, baseline: string, scenario: string, difference?: string): CompareRow {
  return { label, values: [{ baseline, scenario, ...(difference !== undefined ? { difference } : {}) }] };
}

/**
 * Baseline (the stored data) and scenario side by side, a row per figure and, with `groups`, a pair of columns per
 * group (and the API's difference beside them when it gives one); figures the scenario moved are set in bold and
 * marked for screen readers. The web only places the API's figures next to each other: it computes no difference
 * of its own.
 */
export function CompareTable({
  label,
  rows,
  groups,
}: {
  label: string;
  rows: readonly CompareRow[];
  groups?: readonly string[];
}) {
  const width = Math.max(1, groups?.length ?? 1);
  const hasDifference = rows.some((r) => r.values.some((v) => v.difference !== undefined));
  return (
    <table className="data compare" aria-label={label}>
      <thead>
        {groups && (
          <tr>
            <th />
            {groups.map((g) => (
              <th key={g} colSpan={hasDifference ? 3 : 2} scope="colgroup" className="group">
                {g}
              </th>
            ))}
          </tr>
        )}
        <tr>
          <th />
          {Array.from({ length: width }, (_, i) => (
            <PairHead key={i} hasDifference={hasDifference} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const moved = r.values.some((v) => v.baseline !== v.scenario);
          return (
            <tr key={r.label} className={moved ? 'moved' : undefined}>
              <th scope="row">
                {r.label}
                {moved && <span className="visually-hidden"> (changed)</span>}
              </th>
              {r.values.map((v, i) => (
                <Pair key={i} pair={v} hasDifference={hasDifference} />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PairHead({ hasDifference }: { hasDifference: boolean }) {
  return (
    <>
      <th className="num">Baseline (stored data)</th>
      <th className="num scenario-col">Scenario</th>
      {hasDifference && <th className="num">Difference</th>}
    </>
  );
}

function Pair({ pair, hasDifference }: { pair: ComparePair; hasDifference: boolean }) {
  return (
    <>
      <td className="num">{pair.baseline}</td>
      <td className="num scenario-col">
        {pair.baseline !== pair.scenario ? <strong>{pair.scenario}</strong> : pair.scenario}
      </td>
      {hasDifference && <td className="num difference">{pair.difference ?? ''}</td>}
    </>
  );
}
