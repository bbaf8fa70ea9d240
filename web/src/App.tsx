import type { MouseEvent } from 'react';
import { DependencyView } from './features/dependency/DependencyView';
import { ExplorerView } from './features/explorer/ExplorerView';
import { OwnershipView } from './features/ownership/OwnershipView';
import { PlantsView } from './features/plants/PlantsView';
import { RecyclingView } from './features/recycling/RecyclingView';
import { ReportsView } from './features/reports/ReportsView';
import { ScenarioBar } from './features/scenarios/ScenarioBar';
import { ScenariosView } from './features/scenarios/ScenariosView';
import { TargetsView } from './features/targets/TargetsView';
import { appParams, applyPatch, useUrlState } from './lib/url-state';

/**
 * The views, by path; `scenario`: the view computes its figures under the app-wide scenario (baseline beside).
 * `short`: the navigation's label where the full titles do not fit on one line (below 1320 px, see styles.css).
 * The scenario builder is reached from the scenario bar under the navigation, on every view.
 */
export const VIEWS = [
  { path: '/', title: 'Graph explorer', short: 'Explorer', scenario: false, render: () => <ExplorerView /> },
  {
    path: '/dependency',
    title: 'Dependency dashboard',
    short: 'Dependency',
    scenario: true,
    render: () => <DependencyView />,
  },
  { path: '/targets', title: 'Target tracker', short: 'Targets', scenario: true, render: () => <TargetsView /> },
  {
    path: '/ownership',
    title: 'Ownership explorer',
    short: 'Ownership',
    scenario: true,
    render: () => <OwnershipView />,
  },
  { path: '/plants', title: 'Plant tracker', short: 'Plants', scenario: true, render: () => <PlantsView /> },
  { path: '/recycling', title: 'Recycling', short: 'Recycling', scenario: true, render: () => <RecyclingView /> },
  { path: '/reports', title: 'Reports', short: 'Reports', scenario: true, render: () => <ReportsView /> },
  { path: '/scenarios', title: 'Scenarios', short: 'Scenarios', scenario: true, render: () => <ScenariosView /> },
] as const;

/** The app shell: navigation between views, each view's state in the URL, the scenario picker for all of them. */
export function App() {
  const { path, params, go } = useUrlState();
  const keep = applyPatch('', appParams(params.toString()));
  const view = VIEWS.find((v) => v.path === path);
  const navigate = (event: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(to);
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Battery raw-materials graph</span>
        <nav aria-label="Views">
          {VIEWS.filter((v) => v.path !== '/scenarios').map((v) => (
            <a
              key={v.path}
              href={v.path + keep}
              aria-current={v.path === path ? 'page' : undefined}
              onClick={(event) => navigate(event, v.path)}
              title={v.title}
            >
              {/* One of the two is shown (styles.css): the hidden one is not part of the link's name. */}
              <span className="nav-long">{v.title}</span>
              <span className="nav-short">{v.short}</span>
            </a>
          ))}
        </nav>
        <a className="api-link" href="/graphql" target="_blank" rel="noreferrer">
          GraphQL API
        </a>
      </header>
      <ScenarioBar
        passesScenario={view?.scenario ?? false}
        scenarioViews={VIEWS.filter((v) => v.scenario && v.path !== '/scenarios').map((v) => v.title.toLowerCase())}
      />
      <main id="main" tabIndex={-1}>
        {view ? (
          view.render()
        ) : (
          <div className="state state-empty">
            <strong>There is no view at {path}.</strong>{' '}
            <a href="/" onClick={(event) => navigate(event, '/')}>
              Open the graph explorer
            </a>
          </div>
        )}
      </main>
    </div>
  );
}
