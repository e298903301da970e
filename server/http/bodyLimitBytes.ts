/**
 * The largest request body either server reads. The largest the contract allows (a completion)
 * is under 2 KiB by its schema, and a Stripe token request is far smaller.
 */
export const bodyLimitBytes = 16 * 1024;
