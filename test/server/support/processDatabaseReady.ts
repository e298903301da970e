import { processMemoryDatabase } from '../../../server/storage/processMemoryDatabase';

/**
 * Every backend a test file starts keeps its data in this process's in-memory PGlite, which takes
 * seconds to start on a busy machine. Awaited here, at the top level, it starts while the test file
 * loads, where no hook timeout runs, instead of in the first test's `beforeEach`.
 */
await processMemoryDatabase();
