import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '../..');
const srcDir = join(root, 'src');

/**
 * The folders of `src/`, lowest first. A folder imports only from folders of lower layers, so
 * the code reads from the bottom up and nothing imports in a circle. Folders of one layer do not
 * import each other. `index.ts`, the public surface, sits above them all.
 */
const layers: readonly (readonly string[])[] = [
  ['api', 'hooks', 'styles'],
  ['i18n'],
  ['context'],
  ['queries'],
  ['oauth'],
  ['ui', 'testing'],
  ['components'],
  ['widget'],
  // The ways in for hosts without the package's React entry: a custom element, single-spa
  // lifecycles, the Module Federation remote's exposes (dist-federation/, not in the npm package).
  ['element', 'singleSpa', 'federation'],
  ['standalone'],
];

interface Edge {
  /** Paths relative to the repository, with `/`. */
  from: string;
  to: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const posix = (path: string) => relative(root, path).split(sep).join('/');

/** Every relative import and re-export of the files under `dir`, as repository paths. */
function importsUnder(dir: string): Edge[] {
  return filesUnder(dir).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: posix(file), to: posix(normalize(join(dirname(file), specifier))) })),
  );
}

/** The folder of `tree/` a path lies in (`''` for a file at its root), or undefined outside `tree/`. */
function folderIn(tree: string, path: string): string | undefined {
  if (!path.startsWith(`${tree}/`)) return undefined;
  const rest = path.slice(tree.length + 1);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '';
}

/** Where `folder` of `tree/` sits in `treeLayers`; a root file (`index.ts`) sits above them all. */
function layerIn(tree: string, treeLayers: readonly (readonly string[])[], folder: string): number {
  if (folder === '') return treeLayers.length;
  const index = treeLayers.findIndex((layer) => layer.includes(folder));
  if (index === -1) throw new Error(`${tree}/${folder} has no layer in test/unit/layers.test.ts: give it one.`);
  return index;
}

const srcFolder = (path: string) => folderIn('src', path);
const layerOf = (folder: string) => layerIn('src', layers, folder);

/** The edges that break the house rules, each with the reason. */
function layerViolations(edges: readonly Edge[]): string[] {
  const violations: string[] = [];
  for (const { from, to } of edges) {
    const fromFolder = srcFolder(from);
    const toFolder = srcFolder(to);
    if (fromFolder === undefined) continue;
    if (toFolder === undefined) {
      violations.push(`${from} imports ${to}, outside src/: the package must stand alone`);
    } else if (fromFolder === 'components' && toFolder === 'components') {
      const [, , fromComponent] = from.split('/');
      const [, , toComponent] = to.split('/');
      if (fromComponent !== toComponent)
        violations.push(`${from} imports ${to}: a component does not import another one`);
    } else if (fromFolder !== toFolder && layerOf(toFolder) >= layerOf(fromFolder)) {
      violations.push(`${from} imports ${to}: src/${fromFolder} may import only lower layers`);
    }
  }
  return violations;
}

describe('the layers of src/', () => {
  it('the check catches an import upward, sideways and out of src/', () => {
    expect(
      layerViolations([
        { from: 'src/queries/a.ts', to: 'src/components/X/X' },
        { from: 'src/ui/a.ts', to: 'src/testing/fixtures' },
        { from: 'src/components/A/A.tsx', to: 'src/components/B/B' },
        { from: 'src/oauth/a.ts', to: 'test/support/b' },
        { from: 'src/widget/a.ts', to: 'src/ui/ErrorPanel' },
      ]),
    ).toEqual([
      'src/queries/a.ts imports src/components/X/X: src/queries may import only lower layers',
      'src/ui/a.ts imports src/testing/fixtures: src/ui may import only lower layers',
      'src/components/A/A.tsx imports src/components/B/B: a component does not import another one',
      'src/oauth/a.ts imports test/support/b, outside src/: the package must stand alone',
    ]);
  });

  it('every folder has a layer', () => {
    const folders = readdirSync(srcDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(() => layerOf(folder.name)).not.toThrow();
  });

  it('imports point only down', () => {
    const edges = importsUnder(srcDir);
    expect(edges.length).toBeGreaterThan(100);
    expect(layerViolations(edges)).toEqual([]);
  });

  it('components/ holds exactly the exported components, one folder each, named like its export', () => {
    const index = readFileSync(join(srcDir, 'index.ts'), 'utf8');
    // The component itself, from the file named after it in the folder named after it.
    const exported = [...index.matchAll(/^export \{ (\w+) \} from '\.\/components\/(\w+)\/(\w+)';$/gm)]
      .filter(([, name, folder, file]) => name === folder && name === file)
      .map(([, name]) => name);
    const folders = readdirSync(join(srcDir, 'components'));
    expect(exported.length).toBeGreaterThan(4);
    expect(folders.sort()).toEqual(exported.sort());
  });

  it('stories and the demo take nothing from test/', () => {
    const edges = [...importsUnder(join(root, 'stories')), ...importsUnder(join(root, 'demo'))];
    expect(edges.length).toBeGreaterThan(10);
    expect(edges.filter(({ to }) => to.startsWith('test/'))).toEqual([]);
  });
});

/**
 * The folders of `server/`, lowest first, as in `src/`. The Stripe stand-in stands apart: it plays
 * Stripe, so it shares nothing with the server but `common/`, and only the demo, which runs both,
 * imports it. `index.ts`, the package's `connections-widget/server`, sits above the layers.
 */
const serverLayers: readonly (readonly string[])[] = [
  ['common'],
  ['storage'],
  ['stripe'],
  ['store'],
  ['operations'],
  ['http'],
  ['workers'],
  ['standin'],
  ['demo'],
];

const serverFolder = (path: string) => folderIn('server', path);
const serverLayerOf = (folder: string) => layerIn('server', serverLayers, folder);

function serverLayerViolations(edges: readonly Edge[]): string[] {
  const violations: string[] = [];
  for (const { from, to } of edges) {
    const fromFolder = serverFolder(from);
    if (fromFolder === undefined) continue;
    const toFolder = serverFolder(to);
    if (toFolder === undefined) {
      if (to.startsWith('src/testing/')) violations.push(`${from} imports ${to}: the server takes no test kit`);
      else if (!to.startsWith('src/')) violations.push(`${from} imports ${to}, outside server/ and src/`);
    } else if (fromFolder === '' && toFolder === 'demo') {
      violations.push(`${from} imports ${to}: the package does not ship the demo`);
    } else if (fromFolder === 'standin' && toFolder !== 'standin' && toFolder !== 'common') {
      violations.push(`${from} imports ${to}: the stand-in shares only server/common`);
    } else if (toFolder === 'standin' && fromFolder !== 'standin' && fromFolder !== 'demo') {
      violations.push(`${from} imports ${to}: only the demo runs the stand-in`);
    } else if (fromFolder !== toFolder && serverLayerOf(toFolder) >= serverLayerOf(fromFolder)) {
      violations.push(`${from} imports ${to}: server/${fromFolder} may import only lower layers`);
    }
  }
  return violations;
}

describe('the layers of server/', () => {
  it('the check catches an import upward, into the stand-in, out of it, and of the test kit', () => {
    expect(
      serverLayerViolations([
        { from: 'server/store/a.ts', to: 'server/http/b' },
        { from: 'server/operations/a.ts', to: 'server/standin/b' },
        { from: 'server/standin/a.ts', to: 'server/store/b' },
        { from: 'server/http/a.ts', to: 'src/testing/fixtures' },
        { from: 'server/index.ts', to: 'server/demo/startServers' },
        { from: 'server/demo/a.ts', to: 'server/standin/b' },
        { from: 'server/http/a.ts', to: 'src/api/types' },
      ]),
    ).toEqual([
      'server/store/a.ts imports server/http/b: server/store may import only lower layers',
      'server/operations/a.ts imports server/standin/b: only the demo runs the stand-in',
      'server/standin/a.ts imports server/store/b: the stand-in shares only server/common',
      'server/http/a.ts imports src/testing/fixtures: the server takes no test kit',
      'server/index.ts imports server/demo/startServers: the package does not ship the demo',
    ]);
  });

  it('has no loose files at its root but index.ts, and every folder has a layer', () => {
    const entries = readdirSync(join(root, 'server'), { withFileTypes: true });
    expect(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual(['index.ts']);
    const folders = entries.filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(() => serverLayerOf(folder.name)).not.toThrow();
  });

  it('imports point only down', () => {
    const edges = importsUnder(join(root, 'server'));
    expect(edges.length).toBeGreaterThan(100);
    expect(serverLayerViolations(edges)).toEqual([]);
  });
});
