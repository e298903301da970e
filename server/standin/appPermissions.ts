/**
 * What the demo app asks to read, as its manifest's `permissions` would (Stripe's permission
 * names): the tables the product syncs from Stripe (Customers, Charges, Coupons, Invoices, Plans,
 * Subscriptions, Events).
 */
export const appPermissions = [
  'customer_read',
  'charge_read',
  'coupon_read',
  'invoice_read',
  'plan_read',
  'subscription_read',
  'event_read',
] as const;
