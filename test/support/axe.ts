import axe from 'axe-core';

/**
 * Runs axe on a rendered container and fails with each violation's rule and nodes.
 * jsdom cannot compute colours, so colour contrast is left to the browser tests.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
}
