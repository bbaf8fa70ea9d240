import type { CompanyRow } from '../../dataset/types.js';
import { pageSize } from '../../errors.js';
import { loadOne, type Loaders } from '../../loaders.js';
import type { CompanyFilter, GraphStore } from '../../store/graph-store.js';
import { MAX_PAGE, toConnection } from '../facilities/facilities.service.js';

export class CompaniesService {
  constructor(
    private readonly store: GraphStore,
    private readonly loaders: Loaders,
  ) {}

  async list(
    filter: CompanyFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const page = await this.store.findCompanies(filter ?? {}, {
      first: pageSize(first, 50, MAX_PAGE),
      after: after ?? undefined,
    });
    return toConnection(page);
  }

  get(id: string): Promise<CompanyRow | null> {
    return loadOne(this.loaders, 'company', id);
  }
}
