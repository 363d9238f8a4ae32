import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

// Evaluated rather than added as a <script>: the app's Content-Security-Policy (script-src
// 'self') rightly refuses inline scripts, and evaluation from the test runner is not subject to it.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] };

/**
 * Runs axe-core on the page as it stands and returns its serious and critical findings, one line
 * each with the rule and where it fails. Minor and moderate ones (landmark advice, say) are left
 * to review; these two levels stop someone from using the screen.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes.slice(0, 3).map((node) => `${JSON.stringify(node.target)} ${node.html.slice(0, 100)}`).join(', ')}`);
}

/** Soft, so one run names every screen with a problem, not only the first. */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  expect.soft(await seriousAxeViolations(page), `axe on ${screen}`).toEqual([]);
}
