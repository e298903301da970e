import type { DataSource } from '../src/api/types';

/**
 * A Stripe source whose access was revoked at Stripe, for `dev.ts --seed-reauthorization`: its
 * row offers Reconnect, which must update this source rather than add another.
 */
export const staleStripeSource = {
  id: 'ds_stripe_revoked',
  name: 'Stripe Payments',
  integrationId: 'stripe',
  connection: 'acct_1Revoked0000000',
  status: 'needs_reauthorization',
  lastConnectionStartedAt: '2026-11-20T09:00:00.000Z',
  lastConnectionDurationSeconds: 95,
} as const satisfies DataSource;
