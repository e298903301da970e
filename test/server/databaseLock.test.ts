import './support/processDatabaseReady';
import { randomBytes } from 'node:crypto';
import { openPostgresDatabase } from '../../server/storage/openPostgresDatabase';
import { postgresForThisFile } from './support/throwawayPostgres';
import { processMemoryDatabase } from '../../server/storage/processMemoryDatabase';
import type { SqlDatabase } from '../../server/storage/SqlDatabase';

/** A PostgreSQL server: DATABASE_URL's, or one this file starts (throwawayPostgres.ts). */
const databaseUrl = postgresForThisFile();

/** A promise the test fulfils when it chooses. */
function createGate(): { opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

const kinds: {
  name: string;
  /** Two holders of the same database, as two backends have it. */
  open(): Promise<[SqlDatabase, SqlDatabase]>;
  close(holders: readonly SqlDatabase[]): Promise<void>;
  /** Long enough for a lock that should be free to be taken, round trips included. */
  settleMs: number;
}[] = [
  {
    name: "PGlite: this process's in-memory one, which all its backends share",
    open: async () => [await processMemoryDatabase(), await processMemoryDatabase()],
    close: async () => {},
    settleMs: 20,
  },
  {
    name: 'PostgreSQL: two pools, as two processes have',
    open: async () => [openPostgresDatabase(databaseUrl()), openPostgresDatabase(databaseUrl())],
    close: async (holders) => {
      await Promise.all(holders.map((holder) => holder.close()));
    },
    settleMs: 300,
  },
];

for (const kind of kinds) {
  describe(`SqlDatabase.withLock over ${kind.name}`, () => {
    let first: SqlDatabase;
    let second: SqlDatabase;
    /** A name no other test takes. */
    let name: string;
    const settle = () => new Promise((resolve) => setTimeout(resolve, kind.settleMs));

    beforeEach(async () => {
      [first, second] = await kind.open();
      name = `lock-test/${randomBytes(6).toString('hex')}`;
    });

    afterEach(async () => {
      await kind.close([first, second]);
    });

    it('runs the holders of one name one after the other, each with its own answer', async () => {
      const events: string[] = [];
      const release = createGate();
      const firstDone = first.withLock(name, async () => {
        events.push('first in');
        await release.opened;
        events.push('first out');
        return 1;
      });
      await settle();
      const secondDone = second.withLock(name, async () => {
        events.push('second in');
        return 2;
      });
      await settle();
      expect(events).toEqual(['first in']);

      release.open();
      expect(await Promise.all([firstDone, secondDone])).toEqual([1, 2]);
      expect(events).toEqual(['first in', 'first out', 'second in']);
    });

    it('keeps waiting only the callers of the name held, not those of another name', async () => {
      const events: string[] = [];
      const release = createGate();
      const holding = first.withLock(name, () => release.opened);
      await settle();
      const sameName = second.withLock(name, async () => {
        events.push('same name');
      });
      await second.withLock(`${name}/other`, async () => {
        events.push('other name');
      });
      await settle();
      expect(events).toEqual(['other name']);

      release.open();
      await Promise.all([holding, sameName]);
      expect(events).toEqual(['other name', 'same name']);
    });

    it('lets go of the lock when the function throws, and passes the error on', async () => {
      const events: string[] = [];
      const fail = createGate();
      const failing = first.withLock(name, async () => {
        await fail.opened;
        throw new Error('Stripe could not be reached.');
      });
      await settle();
      const next = second.withLock(name, async () => {
        events.push('next in');
        return 'next';
      });
      await settle();
      expect(events).toEqual([]);

      fail.open();
      await expect(failing).rejects.toThrow('Stripe could not be reached.');
      expect(await next).toBe('next');
      expect(await first.withLock(name, async () => 'again')).toBe('again');
    });
  });
}
