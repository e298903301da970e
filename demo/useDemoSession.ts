import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../src/index';

/** Where the demo backend's session stands for the role the shell asks for. */
export type DemoSessionStatus = 'pending' | 'ready' | 'failed';

interface SessionRequest {
  role: Role;
}

const signIns = new WeakMap<SessionRequest, Promise<boolean>>();
let lastSignIn: Promise<unknown> = Promise.resolve();

/**
 * POST /api/v1/session once per request, and one sign-in at a time: the backend gives the session
 * a new id at every sign-in and forgets the old one, so two sign-ins sent with the same cookie
 * (StrictMode's second effect run, a quick change of role) would lose the session, and with it
 * the table and any authorization under way. Never aborted, for the same reason: the backend
 * may already have acted on it.
 */
function signIn(request: SessionRequest): Promise<boolean> {
  let signedIn = signIns.get(request);
  if (!signedIn) {
    signedIn = lastSignIn.then(() =>
      fetch('/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: request.role }),
        credentials: 'same-origin',
      }).then(
        (response) => response.ok,
        () => false,
      ),
    );
    lastSignIn = signedIn;
    signIns.set(request, signedIn);
  }
  return signedIn;
}

/**
 * Signs in to the reference backend as `role` (a demo-only endpoint that sets the session cookie)
 * on load and whenever the role changes. The widget must wait for `ready`: its requests carry
 * the cookie, and the backend would answer them for the previous role.
 */
export function useDemoSession(role: Role): { status: DemoSessionStatus; retry: () => void } {
  // A new object per sign-in, so an answer to an older one (Admin → Standard → Admin in quick
  // succession) can never count as the answer to the current one.
  const [request, setRequest] = useState<SessionRequest>(() => ({ role }));
  const [settled, setSettled] = useState<{ request: SessionRequest; ok: boolean } | null>(null);
  if (request.role !== role) setRequest({ role });

  useEffect(() => {
    let current = true;
    void signIn(request).then((ok) => {
      if (current) setSettled({ request, ok });
    });
    return () => {
      current = false;
    };
  }, [request]);

  const retry = useCallback(() => setRequest((previous) => ({ role: previous.role })), []);

  if (settled?.request !== request) return { status: 'pending', retry };
  return { status: settled.ok ? 'ready' : 'failed', retry };
}
