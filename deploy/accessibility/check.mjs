// Runs axe-core in headless Chromium on each HTML file named on the command line and fails on any WCAG 2.1 A or AA
// violation. Chromium is started with its background networking off: the page is a local file and needs nothing else.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  for (const file of process.argv.slice(2)) {
    // A phone's width and a desktop's: the page must hold at both.
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const page = await browser.newPage({ viewport });
      await page.goto(pathToFileURL(path.resolve(file)).href);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        TAGS);
      const where = `${file} at ${viewport.width} px`;
      console.log(`accessibility: ${where}: ${result.passes.length} rules passed, ${result.violations.length} violated,`
        + ` ${result.incomplete.length} to check by hand`);
      for (const v of result.violations) {
        failed++;
        console.log(`  VIOLATION ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`);
        for (const node of v.nodes.slice(0, 5)) {
          console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
        }
      }
      for (const i of result.incomplete) {
        console.log(`  to check by hand: ${i.id}: ${i.help}: ${i.nodes.slice(0, 5).map((n) => n.target.join(' '))
          .join(', ')}${i.nodes.length > 5 ? ` and ${i.nodes.length - 5} more` : ''}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
