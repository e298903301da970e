/**
 * Last step of `npm run build`. tsc copies import specifiers into the declarations as the sources
 * write them (`'./widget/ConnectionsWidget'`), and TypeScript under `moduleResolution: node16`
 * or `nodenext`, like Node itself, finds no file there: the types of such a host would be `any`.
 * This spells each relative specifier out as the file it means (`'./widget/ConnectionsWidget.js'`,
 * `'./testing/index.js'`), and fails on one that names no declaration file at all.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** `from '…'`, `import '…'` and `import('…')` with a relative specifier that has no extension yet. */
const relativeSpecifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\2/g;

function resolveSpecifier(file: string, specifier: string): string {
  if (specifier.endsWith('.js')) return specifier;
  const target = path.resolve(path.dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(path.join(target, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${path.relative(dist, file)} imports '${specifier}', which has no declaration file in dist/`);
}

const declarations = (await readdir(dist, { recursive: true }))
  .filter((file) => file.endsWith('.d.ts'))
  .map((file) => path.join(dist, file));

// All are read and checked before any is written: a failure leaves dist/ as tsc made it.
const rewritten = await Promise.all(
  declarations.map(async (file) => {
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(
      relativeSpecifier,
      (_, before: string, quote: string, specifier: string) =>
        `${before}${quote}${resolveSpecifier(file, specifier)}${quote}`,
    );
    return { file, text, fixed };
  }),
);
await Promise.all(
  rewritten.filter(({ text, fixed }) => fixed !== text).map(({ file, fixed }) => writeFile(file, fixed)),
);
