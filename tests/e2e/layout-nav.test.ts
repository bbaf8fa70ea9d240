import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { WEB_FIXTURE, describeInChromium, screenshot } from './harness.js';

/** Where each navigation link sits, how many lines its label takes, and whether the bar fits the window. */
async function navLayout(page: Page) {
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="Views"]') as HTMLElement;
    const links = [...nav.querySelectorAll('a')].map((a) => {
      const r = a.getBoundingClientRect();
      // An inline label wrapped onto n lines has n client rectangles.
      const shown = [...a.querySelectorAll('span')].filter((x) => getComputedStyle(x).display !== 'none');
      const lines = shown.reduce((n, x) => n + x.getClientRects().length, 0);
      return { text: a.innerText, top: Math.round(r.top), lines, right: r.right };
    });
    const api = document.querySelector('.api-link')!.getBoundingClientRect();
    const header = document.querySelector('.app-header')!.getBoundingClientRect();
    return {
      links,
      scrolls: nav.scrollWidth > nav.clientWidth + 1,
      apiRight: api.right,
      headerHeight: header.height,
      innerWidth: window.innerWidth,
    };
  });
}

describeInChromium('layout: the navigation at 1024 and 1440 px', { dataset: WEB_FIXTURE }, (app) => {
  it.each([
    [1024, ['Explorer', 'Dependency', 'Targets', 'Ownership', 'Plants', 'Recycling', 'Reports']],
    [
      1440,
      [
        'Graph explorer',
        'Dependency dashboard',
        'Target tracker',
        'Ownership explorer',
        'Plant tracker',
        'Recycling',
        'Reports',
      ],
    ],
  ])(
    'the navigation wraps onto two lines at 1024 px: at %i px every view is one line, in one row, nothing cut',
    async (width, labels) => {
      const { page, errors } = await app.open('/targets?scope=EU', width);
      await page.getByRole('table', { name: 'Target tracker table' }).waitFor();
      const layout = await navLayout(page);
      expect(layout.links.map((l) => l.text)).toEqual(labels);
      // One row, each label on one line (before the fix, "Dependency dashboard" took two lines at 1024 px).
      expect(new Set(layout.links.map((l) => l.top)).size).toBe(1);
      expect(layout.links.map((l) => l.lines)).toEqual(labels.map(() => 1));
      // It fits without scrolling, and the GraphQL link is inside the window.
      expect(layout.scrolls).toBe(false);
      expect(layout.apiRight).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.headerHeight).toBe(44);
      // The link's name is the label shown; the full title is its tooltip.
      const targets = page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: labels[2] ?? '', exact: true });
      expect(await targets.getAttribute('title')).toBe('Target tracker');
      expect(await targets.getAttribute('aria-current')).toBe('page');
      await page.screenshot({
        path: `${(await screenshot(page, `layout-nav-${width}`)).replace(/\.png$/, '')}-header.png`,
        clip: { x: 0, y: 0, width, height: 90 },
      });
      expect(errors).toEqual([]);
    },
  );
});
