import type { Plugin } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getNamedType,
  isLeafType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The request limits, at GraphQL Armor's defaults or tighter. Every operation of the web app stays inside them
 * (tests/unit/hardening/web-operations-limits.test.ts).
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of fields (Armor default 6). */
  maxDepth: 6,
  /** Aliased fields per operation (Armor default 15). */
  maxAliases: 15,
  /** Directives per operation (Armor default 50). */
  maxDirectives: 10,
  /** Lexical tokens per document (Armor default 1000). */
  maxTokens: 1000,
  /** The work budget of one operation, see {@link workCost} (Armor's default cost limit is 5000). */
  maxCost: 5000,
} as const;

/**
 * Armor's depth rule as the server runs it. Depth counts fields, not fragments: a spread adds no nesting (without
 * `flattenFragments`, Armor counts two levels per spread, and a side-by-side `{ ...figures baseline { ...figures } }`
 * would fail at depth 6 while its fields nest five deep).
 */
export const MAX_DEPTH = { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true } as const;

/**
 * Fixed costs of the fields whose work does not show in their selection: a whole-dataset export, validation or
 * import, the matrix of every material × stage cell, the analytics that walk every path. Everything else costs 1
 * per object field and nothing per scalar.
 */
export const FIELD_COST: Readonly<Record<string, number | ((args: Record<string, unknown>) => number)>> = {
  'Query.exportDataset': 3000,
  'Query.validateDataset': 2000,
  'Mutation.importDataset': 2000,
  'Query.dependencyMatrix': 1000,
  'Query.targetEvaluations': 200,
  'Query.lookThrough': 200,
  // Up to four balances (scenario, baseline, and both sides of the export ban).
  'Query.recycling': 200,
  'Query.capacityByInvestorRegion': 100,
  'Query.ownership': 50,
  'Query.dependency': 50,
  'Query.search': 10,
  // The neighbourhood walk visits up to `limit` nodes (1–5000): half a unit per node.
  'Query.subgraph': (args) => Math.ceil(numberOr(args['limit'], 500) / 2),
};

/** Arguments whose value is the number of items a list field returns (its children are paid once per item). */
const PAGE_ARGUMENTS = new Set(['first']);
/** The largest page any field serves; a bigger `first` is refused by the field itself, with a clearer message. */
const MAX_PAGE = 500;

/**
 * What an operation costs to answer: each object field 1 (plus its {@link FIELD_COST}), scalars free, and a
 * paged field's children once per item asked for (`first`, from a literal or a variable alike, so variables do
 * not hide the size). Fragments are expanded where they are spread.
 */
export function workCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const valueOf = (node: ValueNode): unknown => {
    switch (node.kind) {
      case Kind.VARIABLE:
        return variables[node.name.value];
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.STRING:
      case Kind.ENUM:
        return node.value;
      case Kind.BOOLEAN:
        return node.value;
      default:
        return undefined;
    }
  };

  const costOf = (type: GraphQLNamedType, selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    if (!isObjectType(type) && !isInterfaceType(type)) {
      // A union or an abstract type we cannot see into: count each selection as one object field.
      return selectionSet.selections.length;
    }
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(on ?? type, selection.selectionSet, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment spread inside itself is rejected by validation; guard so the cost never loops.
        if (!fragment || seen.has(name)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += costOf(on, fragment.selectionSet, new Set([...seen, name]));
        continue;
      }
      const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[selection.name.value];
      if (!field) continue;
      const args: Record<string, unknown> = {};
      for (const definition of field.args)
        if (definition.defaultValue !== undefined) args[definition.name] = definition.defaultValue;
      for (const argument of selection.arguments ?? []) args[argument.name.value] = valueOf(argument.value);
      const fixed = FIELD_COST[`${type.name}.${field.name}`];
      const own = typeof fixed === 'function' ? fixed(args) : (fixed ?? 0);
      const named = getNamedType(field.type);
      if (isLeafType(named) || !selection.selectionSet) {
        total += own;
        continue;
      }
      let items = 1;
      for (const name of PAGE_ARGUMENTS)
        if (name in args) items = Math.max(items, Math.min(MAX_PAGE, numberOr(args[name], 1)));
      total += own + 1 + items * costOf(named, selection.selectionSet, seen);
    }
    return total;
  };
  return costOf(root, operation.selectionSet, new Set());
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
}

/** Rejects an operation whose {@link workCost} exceeds the budget, before it runs (variables known). */
export function useWorkCost(schema: GraphQLSchema, maxCost: number = GRAPHQL_LIMITS.maxCost): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = workCost(
        schema,
        args.document,
        (args.variableValues ?? {}) as Record<string, unknown>,
        args.operationName,
      );
      if (cost > maxCost)
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This operation would cost ${cost} units of work; the limit is ${maxCost}. Ask for fewer items ` +
                `(smaller "first" or "limit"), or split it into several requests (one export or dataset ` +
                `validation per request).`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost } },
            ),
          ],
        });
    },
  };
}

/**
 * Stops waiting for an operation after `ms` and answers with a clear error (code `TIMEOUT`). Work that is
 * already running synchronously cannot be interrupted; the limits above keep each piece small, and the answer
 * no longer waits for it.
 */
export function useExecutionTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn, args }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      // A mutation is not abandoned half way: the editor waits for it.
      if (ms <= 0 || operation?.operation === 'mutation') return;
      setExecuteFn(async (executeArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(
                    `The operation took longer than ${ms} ms and was stopped. Ask for less (a smaller scope, ` +
                      `fewer items) or try again.`,
                    { extensions: { code: 'TIMEOUT', timeoutMs: ms } },
                  ),
                ],
              }),
            ms,
          );
        });
        try {
          return await Promise.race([executeFn(executeArgs), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

export interface GraphQLLimitOptions {
  /** Allow introspection queries (GraphiQL needs them). */
  introspection: boolean;
  /** Answer operations that run longer with a TIMEOUT error; 0 disables. */
  executionTimeoutMs: number;
}

/** The plugins that bound every request: Armor's parser and validation limits, the work budget, the timeout. */
export function limitPlugins(schema: GraphQLSchema, options: GraphQLLimitOptions): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: MAX_DEPTH,
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
      // Armor's cost counts scalars and multiplies only literal `first` values; the work budget replaces it.
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    useWorkCost(schema),
    useExecutionTimeout(options.executionTimeoutMs),
    ...(options.introspection
      ? []
      : [
          {
            onValidate({ addValidationRule }) {
              addValidationRule(NoSchemaIntrospectionCustomRule);
            },
          } satisfies Plugin,
        ]),
  ];
}
