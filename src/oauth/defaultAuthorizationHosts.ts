/**
 * Hosts the widget will send the browser to for authorization: Stripe Connect OAuth and
 * Stripe Apps install links. A host adds its own (a staging stand-in, say) through the
 * provider's `authorizationHosts`.
 */
export const defaultAuthorizationHosts: readonly string[] = ['connect.stripe.com', 'marketplace.stripe.com'];
