/**
 * The stand-in's registered platform and its one Stripe account. Demo values, public on purpose:
 * they open nothing but the local stand-in.
 */
export const standInClientId = 'ca_StandInDemoPlatform';
export const standInSecretKey = 'sk_test_standin_demo_secret';
export const standInAccount = { email: 'admin@example.com', password: 'stripe-demo' } as const;
/** The signing secret of the backend's webhook endpoint, which the stand-in signs its events with. */
export const standInWebhookSecret = 'whsec_standin_demo_secret';
