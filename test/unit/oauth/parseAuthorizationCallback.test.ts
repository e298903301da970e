import { parseAuthorizationCallback } from '../../../src/oauth/parseAuthorizationCallback';

describe('parseAuthorizationCallback', () => {
  it('reads a code answer', () => {
    expect(parseAuthorizationCallback('?code=ac_123&scope=read_only&state=s1')).toEqual({
      kind: 'code',
      state: 's1',
      code: 'ac_123',
    });
  });

  it('reads an error answer with its description, decoded', () => {
    expect(
      parseAuthorizationCallback('?error=access_denied&error_description=The+user+denied+your+request&state=s1'),
    ).toEqual({ kind: 'error', state: 's1', error: 'access_denied', errorDescription: 'The user denied your request' });
  });

  it('prefers the error when an answer carries both', () => {
    expect(parseAuthorizationCallback('?code=ac_1&error=access_denied&state=s1')).toMatchObject({ kind: 'error' });
  });

  it.each(['', '?', '?code=ac_1', '?state=', '?state=s1', '?state=s1&code=', '?error=access_denied'])(
    'calls %j incomplete',
    (search) => {
      expect(parseAuthorizationCallback(search)).toEqual({ kind: 'incomplete' });
    },
  );
});
