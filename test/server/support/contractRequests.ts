/** One request to every operation of openapi.json, with a valid body where one is needed. */
export const contractRequests = [
  { method: 'GET', path: '/integrations' },
  { method: 'GET', path: '/data-sources' },
  { method: 'POST', path: '/integrations/stripe/authorizations', json: { redirectUri: 'https://app.example.test/cb' } },
  {
    method: 'POST',
    path: '/data-sources/ds_mysql/reauthorizations',
    json: { redirectUri: 'https://app.example.test/cb' },
  },
  { method: 'POST', path: '/authorizations/complete', json: { state: 'some-state', code: 'ac_code' } },
  { method: 'DELETE', path: '/data-sources/ds_mysql' },
] as const;
