import type { KnownErrorCode } from '../../src/api/contractLists';

/**
 * A refusal the backend answers as `{ error: { code, message } }` with `status`. The codes are
 * the ones openapi.json's ErrorCode lists, which the whole package shares (src/api/contractLists):
 * a code outside it does not compile.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: KnownErrorCode;

  constructor(status: number, code: KnownErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}
