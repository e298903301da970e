import path from 'node:path';
import type { StripeMode } from '../stripe/StripeConnection';
import { stripeMode } from '../stripe/stripeConnectionFromEnv';
import { resolveTokenKeys, tokenKeyVariable } from '../storage/tokenKey';
import type { StorageOptions } from '../storage/StorageOptions';

export interface ServerConfig {
  /** The stand-in's flow (real Stripe reads STRIPE_MODE itself, `apps` by default). */
  stripeMode: StripeMode;
  storage: StorageOptions;
  /** The token keys, newest first (see resolveTokenKeys): pass them all, or the older ones stop opening. */
  tokenKeys: Buffer[];
  /** Where the data is, for the start-up message. */
  description: string;
}

/**
 * The configuration `main.ts` and `npm run dev` share: the stand-in's mode (the `--stripe-mode`
 * flag, else STRIPE_MODE, else `connect`) and the storage (see storageFromEnv). Prints what is
 * wrong and exits when it cannot be used, before anything listens.
 */
export async function serverConfigFromEnv(
  env: NodeJS.ProcessEnv,
  { stripeModeFlag, dataDir }: { stripeModeFlag: string | undefined; dataDir: string | undefined },
): Promise<ServerConfig> {
  try {
    return {
      stripeMode: stripeMode(stripeModeFlag ?? env.STRIPE_MODE, 'connect'),
      ...(await storageFromEnv(env, dataDir)),
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

/**
 * Where `main.ts` and `npm run dev` keep their data, and the key that seals the tokens there:
 * PostgreSQL when DATABASE_URL is set (postgres://…), otherwise a PGlite in `dataDir`/pglite (the key in `dataDir`/token-key), or in
 * memory when there is none (data that dies with the process). The keys come from
 * TOKEN_ENCRYPTION_KEY (comma-separated, newest first); see resolveTokenKeys for what happens without it.
 */
async function storageFromEnv(
  env: NodeJS.ProcessEnv,
  dataDir: string | undefined,
): Promise<Omit<ServerConfig, 'stripeMode'>> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL.');
    // A shared server has no folder of ours to keep a key in, and a key that dies with the process
    // would leave every stored token unreadable: it must come from the environment.
    if (!env[tokenKeyVariable]) throw new Error(`DATABASE_URL is set, so ${tokenKeyVariable} must be too.`);
    return {
      storage: { kind: 'postgres', url },
      tokenKeys: await resolveTokenKeys(env, undefined),
      description: `PostgreSQL at ${new URL(url).host}`,
    };
  }
  if (dataDir === undefined) {
    return { storage: { kind: 'memory' }, tokenKeys: await resolveTokenKeys(env, undefined), description: 'memory' };
  }
  return {
    // PostgreSQL's files in a folder of their own, the key beside them.
    storage: { kind: 'directory', path: path.join(dataDir, 'pglite') },
    tokenKeys: await resolveTokenKeys(env, dataDir),
    description: `PGlite in ${dataDir}`,
  };
}
