import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { WEB_FIXTURE, describeInChromium, screenshot } from './harness.js';

/** What overflows the window sideways: the page's scroll width, and the widest elements that stick out. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    // Inside a region that scrolls or clips sideways (a wide table in its own scroller) nothing leaves the page.
    const isClipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (isClipped(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1) {
        const parent = el.parentElement?.getBoundingClientRect();
        // Report the outermost element that sticks out, not every descendant of it.
        if (!parent || parent.right <= window.innerWidth + 1)
          culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
      }
    }
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
      culprits,
    };
  });
}

describeInChromium('the older views at 1024 px, in Chromium', { dataset: WEB_FIXTURE }, (app) => {
  const VIEWS = [
    {
      name: 'explorer',
      path: '/?ids=co-catl,cell-catl-arnstadt&sel=cell-catl-arnstadt',
      ready: 'Details',
      controls: ['Export PNG', 'Fit to screen'],
    },
    {
      name: 'dependency',
      path: '/dependency?scope=EU&year=2024&cell=cells:CELL',
      ready: 'Dependency matrix',
      controls: [],
    },
    {
      name: 'ownership',
      path: '/ownership?entity=cell-gotion-goettingen',
      ready: 'Capacity by investor region',
      controls: ['Export CSV', 'Export plants CSV'],
    },
    { name: 'targets', path: '/targets', ready: 'Targets', controls: [] },
  ];

  for (const view of VIEWS)
    it(`pages cut off at 1024 px: the ${view.name} view fits the window, its controls visible`, async () => {
      const { page, errors } = await app.open(view.path, 1024);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await screenshot(page, `narrow-1024-${view.name}`);
      const seen = await overflow(page);
      expect(seen.culprits).toEqual([]);
      expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
      for (const name of view.controls) {
        const control = page.getByRole('button', { name, exact: true });
        expect(await control.isVisible()).toBe(true);
        const box = (await control.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(1024);
      }
      expect(errors).toEqual([]);
    });
});
