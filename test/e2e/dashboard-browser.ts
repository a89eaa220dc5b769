import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Debian's Chromium, shared by every browser test (a plain module, so importing it runs no test file). */
/** Without the background-networking switches Chromium's own connection attempts are refused on a closed network. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let source: string | undefined;

/**
 * axe-core's violations on the page as it is now ([] when none). The engine is evaluated through
 * the DevTools protocol, which the page's CSP (script-src 'self') does not govern, so the page is
 * checked with its real headers.
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
    return r.violations.map(function (v) { return { id: v.id, help: v.help, targets: v.nodes.map(function (n) { return n.target.join(' '); }) }; });
  })`)) as Array<{ id: string; help: string; targets: string[] }>;
}
