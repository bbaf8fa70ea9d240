import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_CI, NO_CHROMIUM, findChromium, inkRatio, screenshot, startApp, type App } from './harness.js';

const hasChromium = findChromium() !== undefined;
if (!hasChromium && !IS_CI) console.warn(`[e2e] skipped: ${NO_CHROMIUM}`);

describe.skipIf(!hasChromium && !IS_CI)('GraphiQL in Chromium, offline', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('GraphiQL is loaded from a CDN and is blank without internet: it renders and runs a query with every non-loopback request aborted', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const aborted: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue();
      aborted.push(url.href);
      return route.abort('internetdisconnected');
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${app.server.url}/graphql`);
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
    await context.close();
    // The page carries GraphiQL's whole bundle (about 9 MB): loading and starting the editor takes seconds here.
  }, 90_000);
});
