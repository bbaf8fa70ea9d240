import { useUrlState } from '../../lib/url-state';
import { useLookups } from '../../lib/use-lookups';
import { facilityIds, overrideText, readOverrides } from './overrides';
import { useFacilityNames } from './use-facility-names';
import { useScenarios } from './use-scenarios';
import './scenarios.css';

/**
 * The app-wide scenario picker, under the navigation: which scenario every analytic view computes under
 * (`?scenario=<id>`, kept when moving between views), what it changes in words, and the way to the builder.
 * `passesScenario` says whether the open view shows its figures under the scenario (baseline beside it).
 */
export function ScenarioBar({
  passesScenario,
  scenarioViews,
}: {
  passesScenario: boolean;
  /** The titles of the views that show a scenario beside the stored data. */
  scenarioViews: readonly string[];
}) {
  const { path, set, go } = useUrlState();
  const { id, scenario, list, error } = useScenarios();
  const lookups = useLookups();
  const overrides = scenario ? readOverrides(scenario.overrides) : [];
  const facilities = useFacilityNames(facilityIds(overrides));
  const name = (key: string) => facilities.get(key) ?? lookups.names.get(key) ?? key;
  const isStored = id !== null && scenario !== undefined;
  return (
    <section className={id ? 'scenario-bar scenario-on' : 'scenario-bar'} aria-label="Scenario">
      <label className="field">
        <span>Scenario</span>
        <select
          value={id ?? ''}
          aria-label="Scenario for every view"
          onChange={(event) => set({ scenario: event.target.value || null })}
        >
          <option value="">None: the stored data</option>
          {id && !isStored && <option value={id}>{id} (not stored)</option>}
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <span className="scenario-says">
        {error ? (
          <span className="state-error">Scenarios could not be loaded: {error.message}</span>
        ) : !id ? (
          <span className="muted">Figures rest on the stored data. Pick a scenario to see it beside them.</span>
        ) : !isStored ? (
          <span className="state-error">
            No scenario “{id}” is stored (deleted, or a mistyped link): the views cannot compute it.
          </span>
        ) : passesScenario ? (
          <span>
            <strong>Baseline and scenario side by side.</strong>{' '}
            <span className="muted">{overrides.map((o) => overrideText(o, name)).join(' · ')}</span>
          </span>
        ) : (
          <span className="muted">
            This view shows the stored data; the scenario is shown beside it in: {scenarioViews.join(', ')}.
          </span>
        )}
      </span>
      {path !== '/scenarios' && (
        <a
          href={`/scenarios${id ? `?scenario=${encodeURIComponent(id)}` : ''}`}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            go('/scenarios');
          }}
        >
          {isStored ? 'Edit this scenario' : 'Build a scenario'}
        </a>
      )}
    </section>
  );
}
