/** WCAG checks of a page in the browser tests: axe-core, injected into the page as it is, then run on it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

/** WCAG 2.2 level AA, with the rules of every earlier version and level it includes. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

/**
 * The violations axe-core finds on the page as it is now, one line each (rule, impact, the elements' selectors), so
 * a failing test says what to fix: against WCAG 2.2 AA on the whole document, or only `rules` within `selector`.
 * Evaluated through the DevTools protocol, which the pages' CSP does not govern.
 */
export async function accessibilityViolations(page: Page, only: { selector: string; rules: string[] } | null = null): Promise<string[]> {
  axeSource ??= readFile(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const source = await axeSource;
  // A string is evaluated as a script of its own, which the pages' CSP (no eval) does not stop.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(
    ({ tags, scope }) =>
      (window as unknown as { axe: { run(context: Document | string, options: unknown): Promise<AxeResults> } }).axe.run(
        scope ? scope.selector : document,
        { runOnly: scope ? { type: 'rule', values: scope.rules } : { type: 'tag', values: tags } },
      ),
    { tags: WCAG_22_AA, scope: only },
  );
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
