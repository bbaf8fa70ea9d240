import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './graphql-client';

export interface QueryState<T> {
  /** The latest result; kept while a newer request runs, so sliders and filters do not flash. */
  data: T | undefined;
  error: Error | undefined;
  isLoading: boolean;
}

/**
 * Runs an operation whenever its variables change (compared by value), cancelling the previous request.
 * `skip` leaves the state idle (no request), for views waiting on user input.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const skip = options.skip ?? false;
  const [state, setState] = useState<QueryState<TResult>>({ data: undefined, error: undefined, isLoading: !skip });
  useEffect(() => {
    if (skip) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, isLoading: true }));
    request(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, error: undefined, isLoading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
          isLoading: false,
        });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);
  return state;
}
