import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin/cli.js');

it('src/api/schema.gen.ts is what openapi-typescript generates from openapi.json now (npm run generate:api)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'schema-gen-'));
  try {
    const output = join(directory, 'schema.gen.ts');
    // The same command as `npm run generate:api`, writing elsewhere.
    await promisify(execFile)(process.execPath, [cli, 'src/api/openapi.json', '-o', output], { cwd: root });
    const [generated, committed] = await Promise.all([
      readFile(output, 'utf8'),
      readFile(join(root, 'src/api/schema.gen.ts'), 'utf8'),
    ]);
    expect(committed, 'run `npm run generate:api`').toBe(generated);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}, 30_000);
