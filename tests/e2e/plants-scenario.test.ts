import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot, type AppSetup } from './harness.js';
import { tableText } from './table-helpers.js';

const TOKEN = 'plants-scenario-editor-token-0123456789';

/**
 * Regression: with ?scenario= the plant tracker showed the stored data while the scenario bar above it named the
 * scenario — the baseline silently passed for the scenario. On the bundled data a scenario stopping CATL's Arnstadt
 * plant must show Arnstadt stopped, mark that row, and say how many rows differ.
 */
const SETUP: AppSetup = {
  dataset: BUNDLED,
  editorToken: TOKEN,
  scenarios: [
    {
      id: 'scn-stop-arnstadt',
      name: 'Arnstadt stops',
      overrides: [{ facility: 'cell-catl-arnstadt', status: 'STOPPED' }],
    },
  ],
};
describeInChromium('plant tracker under a scenario, in Chromium', SETUP, (app) => {
  it('shows the scenario’s rows, marks the changed one and says what differs', async () => {
    const { page, errors } = await app.open('/plants?year=2026&scenario=scn-stop-arnstadt&q=Arnstadt', 1440);
    const note = page.getByRole('note', { name: 'What the scenario changes in the plant tracker' });
    await note.waitFor();
    await expect
      .poll(() => note.textContent())
      .toMatch(/Under the scenario “Arnstadt stops”: 1 of the \d+ rows shown differ.*and 0 stored rows are not in/);
    const rows = await tableText(page, 'Facilities');
    const header = rows[0]!;
    const arnstadt = rows.find((r) => r[0]!.includes('Arnstadt'))!;
    expect(arnstadt[header.indexOf('Status')]).toBe('Stopped');
    expect(await page.locator('table[aria-label="Facilities"] tr.changed').count()).toBe(1);
    await screenshot(page, 'plants-scenario-1440');
    // Without the scenario the same row is the stored data's, and no note.
    const stored = await app.open('/plants?year=2026&q=Arnstadt', 1440);
    await stored.page.getByRole('table', { name: 'Facilities' }).waitFor();
    const before = await tableText(stored.page, 'Facilities');
    expect(before.find((r) => r[0]!.includes('Arnstadt'))![header.indexOf('Status')]).toBe('Operating');
    expect(
      await stored.page.getByRole('note', { name: 'What the scenario changes in the plant tracker' }).count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
});
