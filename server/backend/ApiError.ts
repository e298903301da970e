/**
 * A refusal the backend answers as `{ error: { code, message } }` with `status`. The codes and
 * their statuses are the ones the whole package shares (see TEAM.md and openapi.json's ErrorCode).
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
