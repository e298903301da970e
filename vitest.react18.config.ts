import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { Plugin } from 'vite';
import { react18Dir, react18Packages } from './scripts/react18.ts';
import base from './vitest.config.ts';

/**
 * `npm run test:react18`: the `dom` project of vitest.config.ts (the component and unit tests,
 * same files, setup and timeouts) on React 18.3, from .tmp/react18 (scripts/ensure-react18.ts).
 */
const { projects, ...rootTest } = base.test ?? {};
const dom = projects?.find(
  (project): project is TestProjectInlineConfiguration =>
    typeof project === 'object' && 'test' in project && project.test?.name === 'dom',
);
if (!dom?.test) throw new Error('vitest.config.ts has no `dom` project to run on React 18');

const packageOf = (specifier: string) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Our sources and tests import React (and the packages around it) from .tmp/react18. Node
 * resolves the imports inside those packages from where they live, so they get React 18 too.
 */
function fromReact18(): Plugin {
  const resolve = createRequire(path.join(react18Dir, 'package.json')).resolve;
  return {
    name: 'connections-widget:react18',
    enforce: 'pre',
    resolveId(specifier) {
      return Object.hasOwn(react18Packages, packageOf(specifier)) ? resolve(specifier) : null;
    },
  };
}

export default defineConfig({
  plugins: [fromReact18(), ...(base.plugins ?? [])],
  test: { ...rootTest, ...dom.test, name: 'dom:react18', provide: { reactMajor: 18 } },
});
