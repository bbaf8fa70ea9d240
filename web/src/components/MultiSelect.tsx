/** One choice of a {@link MultiSelect}. */
export interface MultiSelectOption {
  value: string;
  /** Shown instead of the value (a name for an id). */
  label?: string;
  /** How many rows have it, shown after the label. */
  count?: number;
}

/**
 * A filter that takes several values: a disclosure button naming the filter and what is chosen ("Status: Operating,
 * Ramp up" or "Status: all"), opening a list of checkboxes. Keyboard: Tab to it, Enter/Space opens, Tab through
 * the boxes, Space ticks. `popover` floats the list over the page (toolbars) instead of pushing content down.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  popover = false,
}: {
  label: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  popover?: boolean;
}) {
  const names = new Map(options.map((o) => [o.value, o.label ?? o.value]));
  const chosen = selected.map((v) => names.get(v) ?? v);
  const summary = chosen.length === 0 ? 'all' : chosen.length <= 2 ? chosen.join(', ') : `${chosen.length} chosen`;
  return (
    <details className={popover ? 'filter-group multi-select popover' : 'filter-group multi-select'}>
      <summary aria-label={`${label}: ${summary}`}>
        {label}
        {popover ? (
          <span className="multi-select-value">: {summary}</span>
        ) : selected.length > 0 ? (
          ` (${selected.length})`
        ) : (
          ''
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="filter-option">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />{' '}
            {o.label ?? o.value}
            {o.count !== undefined && <span className="muted"> ({o.count})</span>}
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="link" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </fieldset>
    </details>
  );
}
