import { expect, it } from 'vitest';
import { WEB_FIXTURE, describeInChromium, inkRatio, screenshot } from './harness.js';

describeInChromium('GraphiQL in Chromium, offline', { dataset: WEB_FIXTURE }, (app) => {
  it('GraphiQL is loaded from a CDN and is blank without internet: it renders and runs a query with every non-loopback request aborted', async () => {
    const { page, errors, outside: aborted, response } = await app.open('/graphql', { offline: true });
    expect(response?.headers()['content-security-policy']).not.toMatch(/unpkg|https:/);

    // The editor is there: the query editor takes text, the run button answers from the API.
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // Inserted at once (not typed key by key), then run with the editor's shortcut: the schema-aware type-ahead
    // that typing opens would cover the run button.
    await page.keyboard.insertText('{ materials { id name } }');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.graphiql-response').textContent(), { timeout: 10_000 }).toContain('lithium');
    expect(await inkRatio(page, 'body')).toBeGreaterThan(0.02);
    await screenshot(page, 'graphiql-offline');
    expect(aborted).toEqual([]);
    expect(errors).toEqual([]);
    // The page carries GraphiQL's whole bundle (about 9 MB): loading and starting the editor takes seconds here.
  }, 90_000);
});
