// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupsDocument } from '../../web/src/lib/lookups-queries';
import { createQueryClient, useQuery } from '../../web/src/lib/use-query';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function MaterialCount({ label }: { label: string }) {
  const { data, error } = useQuery(LookupsDocument, {});
  if (error) return <p>{`${label}: ${error.message}`}</p>;
  return <p>{`${label}: ${data ? `${data.materials.length} materials` : 'loading'}`}</p>;
}

const body = {
  data: { countries: [], regions: [], sources: [], materials: [{ id: 'lithium', name: 'Lithium', unit: 't Li' }] },
};

describe('query cache', () => {
  it('two views asking the same question send one request and both show the answer', async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MaterialCount label="matrix" />
        <MaterialCount label="detail" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByText('matrix: 1 materials')).toBeTruthy());
    expect(screen.getByText('detail: 1 materials')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("shows the API's own error message", async () => {
    const errors = { errors: [{ message: 'Unknown scope "XX".', extensions: { code: 'NOT_FOUND' } }] };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(errors)));
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MaterialCount label="matrix" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByText('matrix: Unknown scope "XX".')).toBeTruthy());
  });
});
