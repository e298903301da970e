import { ConnectionsApiError, type ConnectionsApiErrorKind } from '../../../src/api/ConnectionsApiError';
import { isRetryableError } from '../../../src/api/isRetryableError';

describe('isRetryableError', () => {
  it.each<ConnectionsApiErrorKind>(['network', 'timeout', 'server', 'rate_limited', 'invalid_response'])(
    'says asking again can help after %s',
    (kind) => {
      expect(isRetryableError(new ConnectionsApiError(kind, kind))).toBe(true);
    },
  );

  it('counts a provider_error (502) as worth retrying: the backend lets the same code be exchanged again', () => {
    expect(
      isRetryableError(new ConnectionsApiError('server', 'Stripe failed', { status: 502, code: 'provider_error' })),
    ).toBe(true);
  });

  it.each<ConnectionsApiErrorKind>(['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'aborted'])(
    'says asking again cannot help after %s',
    (kind) => {
      expect(isRetryableError(new ConnectionsApiError(kind, kind))).toBe(false);
    },
  );

  it('lets a failure of unknown kind be tried again', () => {
    expect(isRetryableError(new RangeError('Intl failed.'))).toBe(true);
    expect(isRetryableError('thrown text')).toBe(true);
  });
});
