/**
 * Every Cypher statement the Neo4j store runs, and nothing else. Statements are fixed text: values always travel
 * as parameters, labels and relationship types are spelled out here from the graph model (SPEC section 2), never
 * taken from input. `tests/unit/store/cypher-lint.test.ts` checks every statement with Neo4j's own parser and
 * semantic analysis (`@neo4j-cypher/language-support`) against our labels, relationship types, property keys and
 * parameters; `tests/unit/store/cypher-interpolation.test.ts` fails if any text here is built by interpolation. Every
 * statement is written out in full, so what the check sees is exactly what Neo4j runs.
 *
 * Extra labels beyond SPEC section 2: `Entity` on every node that has an `id` (one uniqueness constraint across
 * all kinds, one full-text index, lookups by id of any kind) and one `Meta {id: 'dataset'}` node with the data
 * version. `IN_REGION` carries `rank` (the position of the region in the country's `regions` list: the first is
 * the country's investor region). Needs Neo4j 5.26 or later (`CALL (x) { … }` scoped subqueries).
 */

/** A statement from this catalog. The brand keeps ad-hoc strings out of the store's run helpers. */
export type Statement = string & { readonly __cypherStatement: unique symbol };

type Catalog<T> = { readonly [K in keyof T]: Statement };

// ---- schema (run on start; every statement is idempotent) -------------------------------------------------------

/** Uniqueness constraints on `id` for every label, indexes for filters and lookups, the full-text index. */
export const SCHEMA: readonly Statement[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT material_id IF NOT EXISTS FOR (n:Material) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT facility_id IF NOT EXISTS FOR (n:Facility) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (n:Scenario) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT gap_id IF NOT EXISTS FOR (n:Gap) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT parameter_id IF NOT EXISTS FOR (n:Parameter) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX facility_type IF NOT EXISTS FOR (n:Facility) ON (n.type)',
  'CREATE INDEX facility_stage IF NOT EXISTS FOR (n:Facility) ON (n.stage)',
  'CREATE INDEX facility_status IF NOT EXISTS FOR (n:Facility) ON (n.status)',
  'CREATE INDEX capacity_year IF NOT EXISTS FOR ()-[r:HAS_CAPACITY]-() ON (r.year)',
  'CREATE INDEX produced_year IF NOT EXISTS FOR ()-[r:PRODUCED]-() ON (r.year)',
  'CREATE INDEX supplies_year IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.year)',
  // The first full-text index analysed name/title/aliases/id with Lucene's standard analyzer, which splits words
  // differently from the embedded store; its successor indexes the words of search-rules.ts (`searchTerms`), which
  // model.ts writes into the `search*` properties.
  'DROP INDEX entity_search IF EXISTS',
  "CREATE FULLTEXT INDEX entity_search_tokens IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchName, n.searchAliases, n.searchId] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}",
] as Statement[];

// ---- upserts: one statement per dataset key, run as `UNWIND $rows` batches in dependency order ----------------

/**
 * Upsert of each dataset key. Entities MERGE on `id` and replace all their properties (`SET n = row.props`), so
 * re-importing a row whose optional fields were removed removes them; relationship rows MERGE on their natural
 * key (the same as `rowKey` in dataset/merge.ts) and replace their properties. Single-valued references
 * (a facility's country and operator, a company's country) drop the old relationship when it changed.
 */
const upsertText = {
  sources: `UNWIND $rows AS row
MERGE (n:Source {id: row.id})
SET n = row.props, n:Entity`,

  regions: `UNWIND $rows AS row
MERGE (n:Region {id: row.id})
SET n = row.props, n:Entity`,

  countries: `UNWIND $rows AS row
MERGE (n:Country {id: row.id})
SET n = row.props, n:Entity
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:IN_REGION]->(r:Region)
  WHERE NOT r.id IN row.regions
  DELETE old
}
CALL (n, row) {
  UNWIND range(0, size(row.regions) - 1) AS rank
  MATCH (r:Region {id: row.regions[rank]})
  MERGE (n)-[link:IN_REGION]->(r)
  SET link.rank = rank
}`,

  materials: `UNWIND $rows AS row
MERGE (n:Material {id: row.id})
SET n = row.props, n:Entity`,

  companies: `UNWIND $rows AS row
MERGE (n:Company {id: row.id})
SET n = row.props, n:Entity
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:HEADQUARTERED_IN]->(c:Country)
  WHERE c.id <> row.country
  DELETE old
}
CALL (n, row) {
  MATCH (c:Country {id: row.country})
  MERGE (n)-[:HEADQUARTERED_IN]->(c)
}`,

  facilities: `UNWIND $rows AS row
MERGE (n:Facility {id: row.id})
SET n = row.props, n:Entity
FOREACH (_ IN CASE WHEN row.props.type = 'MINE' THEN [1] ELSE [] END | SET n:Mine)
FOREACH (_ IN CASE WHEN row.props.type <> 'MINE' THEN [1] ELSE [] END | REMOVE n:Mine)
FOREACH (_ IN CASE WHEN row.props.type = 'REFINERY' THEN [1] ELSE [] END | SET n:Refinery)
FOREACH (_ IN CASE WHEN row.props.type <> 'REFINERY' THEN [1] ELSE [] END | REMOVE n:Refinery)
FOREACH (_ IN CASE WHEN row.props.type = 'COMPONENT_PLANT' THEN [1] ELSE [] END | SET n:ComponentPlant)
FOREACH (_ IN CASE WHEN row.props.type <> 'COMPONENT_PLANT' THEN [1] ELSE [] END | REMOVE n:ComponentPlant)
FOREACH (_ IN CASE WHEN row.props.type = 'CELL_PLANT' THEN [1] ELSE [] END | SET n:CellPlant)
FOREACH (_ IN CASE WHEN row.props.type <> 'CELL_PLANT' THEN [1] ELSE [] END | REMOVE n:CellPlant)
FOREACH (_ IN CASE WHEN row.props.type = 'RECYCLER' THEN [1] ELSE [] END | SET n:Recycler)
FOREACH (_ IN CASE WHEN row.props.type <> 'RECYCLER' THEN [1] ELSE [] END | REMOVE n:Recycler)
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:LOCATED_IN]->(c:Country)
  WHERE c.id <> row.country
  DELETE old
}
CALL (n, row) {
  MATCH (c:Country {id: row.country})
  MERGE (n)-[:LOCATED_IN]->(c)
}
CALL (n, row) {
  MATCH (o:Company)-[old:OPERATES]->(n)
  WHERE row.operator IS NULL OR o.id <> row.operator
  DELETE old
}
CALL (n, row) {
  MATCH (o:Company {id: row.operator})
  MERGE (o)-[:OPERATES]->(n)
}`,

  capacities: `UNWIND $rows AS row
MATCH (f:Facility {id: row.facility})
MATCH (m:Material {id: row.material})
MERGE (f)-[r:HAS_CAPACITY {year: row.props.year, basis: row.props.basis}]->(m)
SET r = row.props`,

  ownership: `UNWIND $rows AS row
MATCH (o:Company {id: row.owner})
MATCH (x:Entity {id: row.owned})
MERGE (o)-[r:OWNS]->(x)
SET r = row.props`,

  production: `UNWIND $rows AS row
MATCH (c:Country {id: row.country})
MATCH (m:Material {id: row.material})
MERGE (c)-[r:PRODUCED {stage: row.props.stage, year: row.props.year}]->(m)
SET r = row.props`,

  flows: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:SUPPLIES {material: row.props.material, stage: row.props.stage, year: row.props.year}]->(b)
SET r = row.props`,

  targets: `UNWIND $rows AS row
MERGE (n:Target {id: row.id})
SET n = row.props, n:Entity`,

  scenarios: `UNWIND $rows AS row
MERGE (n:Scenario {id: row.id})
SET n = row.props, n:Entity`,

  gaps: `UNWIND $rows AS row
MERGE (n:Gap {id: row.id})
SET n = row.props, n:Entity`,

  parameters: `UNWIND $rows AS row
MERGE (n:Parameter {id: row.id})
SET n = row.props, n:Entity`,
};
export const UPSERT = upsertText as Catalog<typeof upsertText>;

/**
 * Relationship rows of a `replace` import: its transaction deleted every entity first, so no relationship row can
 * exist yet and CREATE replaces MERGE (which must look through the relationships of dense nodes such as a country
 * or a material). `planBatches` writes each natural key once, so nothing is duplicated.
 */
const createText = {
  capacities: `UNWIND $rows AS row
MATCH (f:Facility {id: row.facility})
MATCH (m:Material {id: row.material})
CREATE (f)-[r:HAS_CAPACITY]->(m)
SET r = row.props`,

  ownership: `UNWIND $rows AS row
MATCH (o:Company {id: row.owner})
MATCH (x:Entity {id: row.owned})
CREATE (o)-[r:OWNS]->(x)
SET r = row.props`,

  production: `UNWIND $rows AS row
MATCH (c:Country {id: row.country})
MATCH (m:Material {id: row.material})
CREATE (c)-[r:PRODUCED]->(m)
SET r = row.props`,

  flows: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:SUPPLIES]->(b)
SET r = row.props`,
};
export const CREATE_ON_REPLACE = createText as Catalog<typeof createText>;

// ---- everything else ----------------------------------------------------------------------------------------------

const cypherText = {
  /** Rows of the kinds the API lists whole (`list*` lookups), ordered by id. */
  listRegions: `MATCH (n:Region) RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators ORDER BY n.id`,
  listCountries: `MATCH (n:Country) RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators ORDER BY n.id`,
  listMaterials: `MATCH (n:Material) RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators ORDER BY n.id`,
  listTargets: `MATCH (n:Target) RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators ORDER BY n.id`,
  listScenarios: `MATCH (n:Scenario) RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators ORDER BY n.id`,

  /** Entities of any kind by id (ids that do not exist give no row). */
  entitiesById: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators`,

  /** Ids of one page of facilities matching a filter, with the total. */
  facilityPage: `MATCH (f:Facility)
WHERE ($types IS NULL OR f.type IN $types)
  AND ($stages IS NULL OR f.stage IN $stages)
  AND ($statuses IS NULL OR f.status IN $statuses)
  AND ($countries IS NULL OR EXISTS { MATCH (f)-[:LOCATED_IN]->(fc:Country) WHERE fc.id IN $countries })
  AND ($regions IS NULL OR EXISTS { MATCH (f)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(fr:Region) WHERE fr.id IN $regions })
  AND ($materials IS NULL OR EXISTS { MATCH (f)-[:HAS_CAPACITY]->(fm:Material) WHERE fm.id IN $materials })
  AND ($text IS NULL OR toLower(f.name) CONTAINS $text OR toLower(f.id) CONTAINS $text
       OR any(alias IN coalesce(f.aliases, []) WHERE toLower(alias) CONTAINS $text))
WITH f ORDER BY f.id
WITH collect(f.id) AS matched
WITH size(matched) AS totalCount, [id IN matched WHERE $after IS NULL OR id > $after] AS rest
RETURN totalCount, rest[0..$first] AS ids, size(rest) > $first AS hasNextPage`,

  /** Ids of one page of companies matching a filter, with the total. */
  companyPage: `MATCH (f:Company)
WHERE ($countries IS NULL OR EXISTS { MATCH (f)-[:HEADQUARTERED_IN]->(fc:Country) WHERE fc.id IN $countries })
  AND ($text IS NULL OR toLower(f.name) CONTAINS $text OR toLower(f.id) CONTAINS $text
       OR any(alias IN coalesce(f.aliases, []) WHERE toLower(alias) CONTAINS $text))
WITH f ORDER BY f.id
WITH collect(f.id) AS matched
WITH size(matched) AS totalCount, [id IN matched WHERE $after IS NULL OR id > $after] AS rest
RETURN totalCount, rest[0..$first] AS ids, size(rest) > $first AS hasNextPage`,

  /** Ownership rows by the owned entity, and by the owner. */
  ownersOf: `UNWIND $ids AS id
MATCH (o:Company)-[r:OWNS]->(x:Entity {id: id})
RETURN o.id AS source, x.id AS target, r {.*} AS props
ORDER BY target, source`,
  holdingsOf: `UNWIND $ids AS id
MATCH (o:Company {id: id})-[r:OWNS]->(x:Entity)
RETURN o.id AS source, x.id AS target, r {.*} AS props
ORDER BY source, target`,
  capacitiesOf: `UNWIND $ids AS id
MATCH (f:Facility {id: id})-[r:HAS_CAPACITY]->(m:Material)
RETURN f.id AS source, m.id AS target, r {.*} AS props
ORDER BY source, target, r.year, r.basis`,
  /** Facilities operated by each company, in id order. */
  operatedBy: `UNWIND $ids AS id
MATCH (:Company {id: id})-[:OPERATES]->(n:Facility)
RETURN n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators
ORDER BY n.id`,

  /**
   * Full-text candidates; `$query` is a Lucene query built by `luceneQuery` (model.ts) from the user's words, and
   * `rankSearchHits` orders them. Gap and Parameter nodes have no search words, so they are not in the index.
   */
  search: `CALL db.index.fulltext.queryNodes('entity_search_tokens', $query, {limit: $limit}) YIELD node, score
WITH node AS n, score
RETURN score, n {.*} AS props,
  labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN|HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators
ORDER BY score DESC, n.id`,

  /** Waits until every index is online (a new full-text index is populated in the background). */
  awaitIndexes: 'CALL db.awaitIndexes(300)',

  /** Entities written before the search words existed (one batch); `setSearchWords` fills them in. */
  entitiesWithoutSearchWords: `MATCH (n:Entity)
WHERE n.searchId IS NULL AND NOT n:Gap AND NOT n:Parameter
RETURN n {.*} AS props,
  labels(n) AS labels,
  [] AS regions,
  [] AS countries,
  [] AS operators
LIMIT $limit`,
  setSearchWords: `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props`,

  /** One hop of a subgraph walk: neighbours of the frontier not yet kept; facilities must match the filter. */
  neighbours: `UNWIND $frontier AS id
MATCH (:Entity {id: id})-[:IN_REGION|LOCATED_IN|HEADQUARTERED_IN|OWNS|OPERATES|HAS_CAPACITY|PRODUCED|SUPPLIES]-(f:Entity)
WITH DISTINCT f
WHERE NOT f.id IN $kept AND (NOT f:Facility OR (($types IS NULL OR f.type IN $types)
  AND ($stages IS NULL OR f.stage IN $stages)
  AND ($statuses IS NULL OR f.status IN $statuses)
  AND ($countries IS NULL OR EXISTS { MATCH (f)-[:LOCATED_IN]->(fc:Country) WHERE fc.id IN $countries })
  AND ($regions IS NULL OR EXISTS { MATCH (f)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(fr:Region) WHERE fr.id IN $regions })
  AND ($materials IS NULL OR EXISTS { MATCH (f)-[:HAS_CAPACITY]->(fm:Material) WHERE fm.id IN $materials })
  AND ($text IS NULL OR toLower(f.name) CONTAINS $text OR toLower(f.id) CONTAINS $text
       OR any(alias IN coalesce(f.aliases, []) WHERE toLower(alias) CONTAINS $text))))
RETURN f.id AS id
ORDER BY id`,

  /** Every relationship between two of the given nodes. */
  edgesAmong: `MATCH (a:Entity)-[r:IN_REGION|LOCATED_IN|HEADQUARTERED_IN|OWNS|OPERATES|HAS_CAPACITY|PRODUCED|SUPPLIES]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, r {.*} AS props`,

  /** Replace: delete one batch of our nodes with their relationships (inside the import's transaction); run until it deletes nothing. */
  countEntities: 'MATCH (n:Entity) RETURN count(n) AS total',
  clearBatch: `MATCH (n:Entity)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`,

  /**
   * The data version: a random `epoch` (new whenever the Meta node is created, so a wiped and reloaded database
   * never repeats an old version) and a counter bumped by the commit of every import.
   */
  readMeta: `OPTIONAL MATCH (m:Meta {id: 'dataset'})
OPTIONAL MATCH (c:Meta {id: 'commit'})
RETURN m.epoch AS epoch, m.version AS version, m.complete AS complete, m.origin AS origin,
  coalesce(c.since > datetime() - duration('PT2M'), false) AS committing`,
  /**
   * Set (in a transaction of its own) just before an import commits and cleared just after: Neo4j applies a large
   * commit record by record, so a read that overlaps it could see part of it; every read checks this flag and the
   * version at its start and end, and is repeated when either says an import committed meanwhile. A flag older than
   * two minutes (a writer that died while committing) is ignored.
   */
  markCommitting: `MERGE (c:Meta {id: 'commit'})
SET c.since = datetime()`,
  clearCommitting: `MATCH (c:Meta {id: 'commit'})
REMOVE c.since`,
  /**
   * First statement of every write transaction: takes the Meta node's write lock (the first SET), so writes run one
   * at a time across processes, and only then reads the data version as it was before this write (a Meta node
   * created here, or one without an epoch, reads as epoch null, like `readMeta`): the writer compares it with the
   * version it validated against, inside the transaction.
   */
  lockImport: `MERGE (m:Meta {id: 'dataset'})
SET m.startedAt = datetime()
WITH m, m.epoch AS epoch, coalesce(m.version, 0) AS version
SET m.epoch = coalesce(epoch, $epoch), m.version = version
RETURN epoch, version`,
  /** Deletes one stored scenario (nothing refers to one); `deleted` is 0 when there is none. */
  deleteScenario: `MATCH (n:Scenario {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted`,
  /** Last statement of a write that is not an import (a scenario deleted): the new version, the origin kept. */
  commitChange: `MATCH (m:Meta {id: 'dataset'})
SET m.version = coalesce(m.version, 0) + 1, m.finishedAt = datetime()
RETURN m.epoch AS epoch, m.version AS version`,
  /** Last statement of an import transaction: the new version, visible when (and only if) the import commits. */
  commitImport: `MATCH (m:Meta {id: 'dataset'})
SET m.version = coalesce(m.version, 0) + 1, m.complete = true, m.origin = $origin, m.finishedAt = datetime()
RETURN m.epoch AS epoch, m.version AS version`,

  /**
   * The whole dataset in one statement, streamed (`snapshot()` reads it in one read transaction between two reads of
   * the Meta node): a row per entity and per relationship row, tagged with its dataset key.
   */
  snapshot: `MATCH (n:Source)
RETURN 'sources' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Region)
RETURN 'regions' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Country)
RETURN 'countries' AS key, n {.*} AS props, labels(n) AS labels,
  COLLECT { MATCH (n)-[ir:IN_REGION]->(ig:Region) RETURN ig.id ORDER BY ir.rank, ig.id } AS regions,
  [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Material)
RETURN 'materials' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Company)
RETURN 'companies' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions,
  COLLECT { MATCH (n)-[:HEADQUARTERED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Facility)
RETURN 'facilities' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions,
  COLLECT { MATCH (n)-[:LOCATED_IN]->(lc:Country) RETURN lc.id ORDER BY lc.id } AS countries,
  COLLECT { MATCH (oc:Company)-[:OPERATES]->(n) RETURN oc.id ORDER BY oc.id } AS operators,
  null AS source, null AS target
UNION ALL
MATCH (f:Facility)-[r:HAS_CAPACITY]->(m:Material)
RETURN 'capacities' AS key, r {.*} AS props, [] AS labels, [] AS regions, [] AS countries, [] AS operators, f.id AS source, m.id AS target
UNION ALL
MATCH (o:Company)-[r:OWNS]->(x:Entity)
RETURN 'ownership' AS key, r {.*} AS props, [] AS labels, [] AS regions, [] AS countries, [] AS operators, o.id AS source, x.id AS target
UNION ALL
MATCH (c:Country)-[r:PRODUCED]->(m:Material)
RETURN 'production' AS key, r {.*} AS props, [] AS labels, [] AS regions, [] AS countries, [] AS operators, c.id AS source, m.id AS target
UNION ALL
MATCH (a:Entity)-[r:SUPPLIES]->(b:Entity)
RETURN 'flows' AS key, r {.*} AS props, [] AS labels, [] AS regions, [] AS countries, [] AS operators, a.id AS source, b.id AS target
UNION ALL
MATCH (n:Target)
RETURN 'targets' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Scenario)
RETURN 'scenarios' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Gap)
RETURN 'gaps' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target
UNION ALL
MATCH (n:Parameter)
RETURN 'parameters' AS key, n {.*} AS props, labels(n) AS labels, [] AS regions, [] AS countries, [] AS operators, null AS source, null AS target`,
};
export const CYPHER = cypherText as Catalog<typeof cypherText>;

/** Parameters each statement may use, with an example value (the lint check declares them to the parser). */
export const PARAMETERS: Readonly<Record<string, unknown>> = {
  rows: [],
  ids: [],
  types: [],
  stages: [],
  statuses: [],
  countries: [],
  regions: [],
  materials: [],
  text: '',
  after: '',
  first: 0,
  query: '',
  limit: 0,
  frontier: [],
  kept: [],
  origin: '',
  epoch: '',
  id: '',
};
