import { timingSafeEqual } from 'node:crypto';
import { ProjectionCache } from './projection/cache.js';
import { createLoaders, type Loaders } from './loaders.js';
import { CompaniesService } from './modules/companies/companies.service.js';
import { DatasetsService } from './modules/datasets/datasets.service.js';
import { DependencyService } from './modules/dependency/dependency.service.js';
import { FacilitiesService } from './modules/facilities/facilities.service.js';
import { GraphService } from './modules/graph/graph.service.js';
import { OwnershipService } from './modules/ownership/ownership.service.js';
import { RecyclingService } from './modules/recycling/recycling.service.js';
import { ReportsService } from './modules/reports/reports.service.js';
import { AnalyticsAccess } from './modules/scenarios/analytics-access.js';
import { ScenariosService } from './modules/scenarios/scenarios.service.js';
import { TargetsService } from './modules/targets/targets.service.js';
import type { GraphStore } from './store/graph-store.js';

/** What lives as long as the process: the store and the configuration that requests need. */
export interface AppDeps {
  store: GraphStore;
  /** Bearer token that allows mutations; null disables them. */
  editorToken: string | null;
}

export type Viewer = { isEditor: true } | { isEditor: false; reason: string };

export interface Services {
  facilities: FacilitiesService;
  companies: CompaniesService;
  graph: GraphService;
  datasets: DatasetsService;
  dependency: DependencyService;
  ownership: OwnershipService;
  targets: TargetsService;
  reports: ReportsService;
  recycling: RecyclingService;
  scenarios: ScenariosService;
}

/** Everything a resolver may use, built fresh for every request. */
export interface AppContext {
  store: GraphStore;
  loaders: Loaders;
  services: Services;
  viewer: Viewer;
}

/** One context per request: the viewer, fresh DataLoaders and the services over them. */
export function createContext(deps: AppDeps) {
  // The analytics projection lives as long as the process and is rebuilt when the store's data version changes.
  const analytics = new AnalyticsAccess(new ProjectionCache(deps.store));
  return ({ request }: { request: Request }): AppContext => {
    const loaders = createLoaders(deps.store);
    const targets = new TargetsService(analytics);
    return {
      store: deps.store,
      loaders,
      viewer: viewerOf(request, deps.editorToken),
      services: {
        facilities: new FacilitiesService(deps.store, loaders),
        companies: new CompaniesService(deps.store, loaders),
        graph: new GraphService(deps.store, analytics),
        datasets: new DatasetsService(deps.store),
        dependency: new DependencyService(analytics),
        ownership: new OwnershipService(analytics),
        targets,
        reports: new ReportsService(analytics, targets),
        recycling: new RecyclingService(analytics),
        scenarios: new ScenariosService(deps.store, analytics),
      },
    };
  };
}

function viewerOf(request: Request, editorToken: string | null): Viewer {
  if (editorToken === null)
    return { isEditor: false, reason: 'Mutations are disabled: start the API with EDITOR_TOKEN set to enable them.' };
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1])
    return { isEditor: false, reason: 'This mutation needs the header "Authorization: Bearer <EDITOR_TOKEN>".' };
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(editorToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { isEditor: false, reason: 'The bearer token is not the editor token.' };
  return { isEditor: true };
}
