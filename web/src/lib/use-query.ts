import { QueryClient, keepPreviousData, useQuery as useTanStackQuery } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './graphql-client';

export interface QueryState<T> {
  /** The latest result; kept while a newer request runs, so sliders and filters do not flash. */
  data: T | undefined;
  error: Error | undefined;
  isLoading: boolean;
}

/**
 * The app's one query cache (TanStack Query): identical requests are deduplicated, results are cached per
 * operation and variables, and a request whose result is no longer wanted is cancelled. The data only changes on
 * an import, so results stay fresh for a minute and are not refetched on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, gcTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false },
    },
  });
}

/**
 * Runs a typed operation through the query cache, keyed by the operation and its variables (compared by value).
 * The previous result stays in `data` while the next one loads. `skip` leaves the state idle (no request), for
 * views waiting on user input.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const skip = options.skip ?? false;
  const result = useTanStackQuery({
    queryKey: [document.toString(), variables],
    queryFn: ({ signal }) => request(document, variables, signal),
    enabled: !skip,
    placeholderData: keepPreviousData,
  });
  return {
    data: skip ? undefined : result.data,
    error: skip ? undefined : (result.error ?? undefined),
    isLoading: !skip && result.isFetching,
  };
}
