import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const stylesDir = join(__dirname, '../../../src/styles');

/** Every selector of a stylesheet, at-rule preludes and keyframe steps left out. */
function selectorsOf(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const withoutKeyframes = withoutComments.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const preludes = [...withoutKeyframes.matchAll(/([^{};]+)\{/g)].map((match) => match[1]!.trim());
  return preludes.filter((prelude) => !prelude.startsWith('@')).flatMap(splitSelectorList);
}

/** Splits a selector list on its top-level commas (not those inside `:where(…)` and the like). */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...parts, current.trim()];
}

describe('the stylesheet', () => {
  const files = readdirSync(stylesDir).filter((file) => file.endsWith('.css'));

  it.each(files)('%s scopes every rule under a .cw- class, so host elements are never touched', (file) => {
    const selectors = selectorsOf(readFileSync(join(stylesDir, file), 'utf8'));
    const unscoped = selectors.filter((selector) => !/\.cw-[\w-]+/.test(selector));
    expect(unscoped).toEqual([]);
  });

  it('finds the selectors it checks (the parser reads real rules)', () => {
    const selectors = selectorsOf(readFileSync(join(stylesDir, 'base.css'), 'utf8'));
    expect(selectors).toContain('.cw-button--primary');
    expect(selectorsOf('button { color: red } .cw-a :where(b, i), table { margin: 0 }')).toEqual([
      'button',
      '.cw-a :where(b, i)',
      'table',
    ]);
  });
});
