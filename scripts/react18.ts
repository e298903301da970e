import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run test:react18` runs the component tests on React 18.3. Beside React 19 in the root
 * node_modules, react-dom 18's peer on react 18 cannot be met, so React 18 gets a folder of its
 * own, together with every package the tests load that imports React or drives it (each at the
 * version the root has): Node then resolves their `react` to 18, and one copy of each is loaded.
 */
export const react18Dir = fileURLToPath(new URL('../.tmp/react18/', import.meta.url));

const besideReact = [
  '@tanstack/react-query',
  'react-router',
  '@testing-library/react',
  // Testing Library's react package configures this one, which user-event reads: both must see one copy.
  '@testing-library/dom',
  '@testing-library/user-event',
];

function rootVersion(name: string): string {
  const manifest = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Name → exact version of what .tmp/react18 holds. */
export const react18Packages: Record<string, string> = {
  react: '18.3.1',
  'react-dom': '18.3.1',
  ...Object.fromEntries(besideReact.map((name) => [name, rootVersion(name)])),
};
