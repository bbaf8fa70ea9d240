import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the resolvers from the SDL of every module (`npm run codegen`; `npm run lint` checks it is current).
 * Mappers: the records resolvers receive as parents are our dataset rows, not the GraphQL types.
 */
const rows = '../dataset/types.js';
const store = '../store/graph-store.js';

const config: CodegenConfig = {
  schema: 'api/src/modules/*/schema.graphql',
  generates: {
    'api/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#AppContext',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        mapperTypeSuffix: 'Record',
        scalars: { JSON: 'unknown' },
        mappers: {
          Facility: `${rows}#FacilityRow`,
          Company: `${rows}#CompanyRow`,
          Country: `${rows}#CountryRow`,
          Region: `${rows}#RegionRow`,
          Material: `${rows}#MaterialRow`,
          Source: `${rows}#SourceRow`,
          Holding: `${rows}#OwnershipRow`,
          Capacity: `${rows}#CapacityRow`,
          StatusChange: `${rows}#StatusChange`,
          Designation: `${rows}#Designation`,
          SearchHit: `${store}#SearchHit`,
          GraphNode: `${store}#GraphNode`,
          GraphEdge: `${store}#GraphEdge`,
          Subgraph: `${store}#Subgraph`,
          Target: `${rows}#TargetRow`,
          Scenario: `${rows}#ScenarioRow`,
          Dependency: '../modules/dependency/dependency.service.js#DependencyRecord',
          DependencyCell: '../modules/dependency/dependency.service.js#DependencyCellRecord',
          LookThrough: '../modules/dependency/dependency.service.js#LookThroughRecord',
          Ownership: '../modules/ownership/ownership.service.js#OwnershipRecord',
          InvestorRegions: '../modules/ownership/ownership.service.js#InvestorRegionsRecord',
          InvestorFacility: '../modules/ownership/ownership.service.js#InvestorFacilityRecord',
          DataGap: '../modules/dependency/dependency.service.js#DataGapRecord',
          TargetEvaluation: '../modules/targets/targets.service.js#TargetEvaluationRecord',
          Recycling: '../modules/recycling/recycling.service.js#RecyclingRecord',
          RecyclingParameter: '../modules/recycling/recycling.service.js#RecyclingParameterRecord',
        },
      },
    },
  },
};

export default config;
