/** Why a request body was refused before any route saw it: too large, wrong media type, or unreadable. */
export class RequestBodyError extends Error {
  override readonly name = 'RequestBodyError';
  readonly status: 400 | 413 | 415;

  constructor(status: 400 | 413 | 415, message: string) {
    super(message);
    this.status = status;
  }
}
