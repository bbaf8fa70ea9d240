import { useState } from 'react';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import { useLookups } from '../../lib/use-lookups';
import { useUrlState } from '../../lib/url-state';
import { facilityIds, overrideText, readOverrides } from './overrides';
import { ScenarioBuilder } from './ScenarioBuilder';
import { useFacilityNames } from './use-facility-names';
import { useScenarios, type StoredScenario } from './use-scenarios';

/** Where a scenario can be seen beside the stored data. */
const VIEWS_WITH_SCENARIO = [
  { path: '/dependency', title: 'Dependency dashboard' },
  { path: '/targets', title: 'Target tracker' },
  { path: '/ownership', title: 'Ownership explorer' },
] as const;

function ScenarioList({
  list,
  current,
  name,
  onOpen,
}: {
  list: readonly StoredScenario[];
  current: string | null;
  name: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  return (
    <ul className="scenario-list" aria-label="Stored scenarios">
      {list.map((s) => (
        <li key={s.id} aria-current={s.id === current ? 'true' : undefined}>
          <strong>{s.name}</strong> <span className="muted">({s.id})</span>{' '}
          {s.id === current ? (
            <span className="badge">open</span>
          ) : (
            <button type="button" className="link" onClick={() => onOpen(s.id)}>
              open
            </button>
          )}
          {s.description && <div className="muted">{s.description}</div>}
          <ul aria-label={`What ${s.name} changes`}>
            {readOverrides(s.overrides).map((o, i) => (
              <li key={i}>{overrideText(o, name)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * `/scenarios`: the stored scenarios in words, and the builder for a new one or the one open in the app
 * (`?scenario=<id>`, the same parameter every view computes under, so the link after saving can be shared).
 */
export function ScenariosView() {
  const { set, go } = useUrlState();
  const lookups = useLookups();
  const { id, scenario, list, isLoading, error } = useScenarios();
  const [saved, setSaved] = useState<string | null>(null);
  const facilities = useFacilityNames(list.flatMap((s) => facilityIds(readOverrides(s.overrides))));
  const name = (key: string) => facilities.get(key) ?? lookups.names.get(key) ?? key;
  const link = id ? `${window.location.origin}/scenarios?scenario=${encodeURIComponent(id)}` : '';
  // The builder opens on the scenario in the URL once the list has loaded (a new one without it).
  const ready = !isLoading || list.length > 0;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Scenarios</h1>
        <span className="muted">
          “What if”: change a plant, add one, cut a country’s exports, ban black-mass exports, and see every analytic
          beside the stored data.
        </span>
        {id && (
          <button type="button" onClick={() => set({ scenario: null })}>
            New scenario
          </button>
        )}
      </div>
      {scenario && (
        <section className="card" aria-label="Share this scenario">
          {saved === scenario.id && (
            <p role="status">
              <strong>Saved “{scenario.name}”.</strong>
            </p>
          )}
          <div className="share-link">
            <label htmlFor="scenario-link">Link to this scenario</label>
            <input id="scenario-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(link)}>
              Copy
            </button>
          </div>
          <p>
            See it beside the stored data:{' '}
            {VIEWS_WITH_SCENARIO.map((v, i) => (
              <span key={v.path}>
                {i > 0 && ' · '}
                <a
                  href={`${v.path}?scenario=${encodeURIComponent(scenario.id)}`}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                    event.preventDefault();
                    go(v.path);
                  }}
                >
                  {v.title}
                </a>
              </span>
            ))}
          </p>
        </section>
      )}
      {id && ready && !scenario && !error && (
        <Empty title={`No scenario “${id}” is stored.`}>It may have been deleted; build a new one below.</Empty>
      )}
      {ready && (
        <ScenarioBuilder
          key={scenario?.id ?? 'new'}
          stored={scenario}
          lookups={lookups}
          facilityName={name}
          onSaved={(saved) => {
            setSaved(saved);
            set({ scenario: saved });
          }}
          onDeleted={() => {
            setSaved(null);
            set({ scenario: null });
          }}
        />
      )}
      <section className="card" aria-label="Stored scenarios">
        <h2>Stored scenarios</h2>
        {error && <ErrorBox error={error} what="the stored scenarios" />}
        {isLoading && list.length === 0 && <Loading what="the stored scenarios" />}
        {!isLoading && !error && list.length === 0 && <Empty title="No scenarios are stored yet." />}
        <ScenarioList list={list} current={id} name={name} onOpen={(open) => set({ scenario: open })} />
      </section>
    </div>
  );
}
