/** The failure as an `Error`, for events whose type promises one; anything else thrown is wrapped. */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
