import type { MouseEvent } from 'react';
import { DependencyView } from './features/dependency/DependencyView';
import { ExplorerView } from './features/explorer/ExplorerView';
import { OwnershipView } from './features/ownership/OwnershipView';
import { PlantsView } from './features/plants/PlantsView';
import { RecyclingView } from './features/recycling/RecyclingView';
import { ReportsView } from './features/reports/ReportsView';
import { TargetsView } from './features/targets/TargetsView';
import { useUrlState } from './lib/url-state';

/** The views, by path. */
export const VIEWS = [
  { path: '/', title: 'Graph explorer', render: () => <ExplorerView /> },
  { path: '/dependency', title: 'Dependency dashboard', render: () => <DependencyView /> },
  { path: '/targets', title: 'Target tracker', render: () => <TargetsView /> },
  { path: '/ownership', title: 'Ownership explorer', render: () => <OwnershipView /> },
  { path: '/plants', title: 'Plant tracker', render: () => <PlantsView /> },
  { path: '/recycling', title: 'Recycling', render: () => <RecyclingView /> },
  { path: '/reports', title: 'Reports', render: () => <ReportsView /> },
] as const;

/** The app shell: navigation between views, each view's state in the URL. */
export function App() {
  const { path, go } = useUrlState();
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
          {VIEWS.map((v) => (
            <a
              key={v.path}
              href={v.path}
              aria-current={v.path === path ? 'page' : undefined}
              onClick={(event) => navigate(event, v.path)}
            >
              {v.title}
            </a>
          ))}
        </nav>
        <a className="api-link" href="/graphql" target="_blank" rel="noreferrer">
          GraphQL API
        </a>
      </header>
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
