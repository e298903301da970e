import type { DataSource } from '../../src/api/types';

/** A synced Stripe source, started half an hour before the tests' clock, with what a test changes. */
export function dataSourceFixture(overrides: Partial<DataSource> & Pick<DataSource, 'id' | 'name'>): DataSource {
  return {
    integrationId: 'stripe',
    connection: 'acct_1',
    status: 'success',
    lastConnectionStartedAt: '2026-11-26T04:30:00.000Z',
    lastConnectionDurationSeconds: 60,
    ...overrides,
  };
}
