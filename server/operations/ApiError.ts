/**
 * A refusal the backend answers as `{ error: { code, message } }` with `status`. The codes are
 * the ones openapi.json's ErrorCode lists, which the whole package shares.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
