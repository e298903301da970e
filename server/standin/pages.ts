import { createHash } from 'node:crypto';
import { standInAccount } from './demoCredentials';
import { escapeHtml } from './escapeHtml';

/** A page of the stand-in and the Content-Security-Policy it must be served with. */
export interface StandInPage {
  html: string;
  contentSecurityPolicy: string;
}

// Colours chosen for WCAG AA contrast: text #1a1f36 and #4f566b on #ffffff / #f6f9fc (≥ 7:1),
// white on the #533afd buttons (6.2:1), the alert's #a4133c on #fdecef (6.7:1).
const styles = `
.page { margin: 0; min-height: 100vh; background: #f6f9fc; color: #1a1f36;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.brand { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1rem; padding: 1rem 1.5rem;
  background: #ffffff; border-bottom: 1px solid #e3e8ee; }
.brand__name { font-size: 1.25rem; font-weight: 700; color: #533afd; }
.brand__note { font-size: 0.875rem; color: #4f566b; }
.card { box-sizing: border-box; max-width: 30rem; margin: 2rem auto; padding: 2rem; background: #ffffff;
  border: 1px solid #e3e8ee; border-radius: 8px; }
.card__title { margin: 0 0 1rem; font-size: 1.5rem; line-height: 1.3; }
.card__text { margin: 0 0 1rem; color: #4f566b; }
.card__text strong { color: #1a1f36; }
.actions { display: flex; flex-direction: column; gap: 0.75rem; margin-top: 1.5rem; }
.actions__form { margin: 0; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin-bottom: 1rem; }
.field__label { font-weight: 600; }
.field__input { font: inherit; padding: 0.5rem 0.75rem; border: 1px solid #6b7385; border-radius: 6px; color: #1a1f36;
  background: #ffffff; }
.button { box-sizing: border-box; width: 100%; font: inherit; font-weight: 600; padding: 0.625rem 1rem;
  border-radius: 6px; border: 2px solid #533afd; cursor: pointer; }
.button--primary { background: #533afd; color: #ffffff; }
.button--secondary { background: #ffffff; color: #533afd; }
.button:hover { border-color: #2f1cb0; }
.button--primary:hover { background: #2f1cb0; }
.button:focus-visible, .field__input:focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
.alert { margin: 0 0 1rem; padding: 0.75rem 1rem; border-radius: 6px; background: #fdecef; color: #a4133c;
  font-weight: 600; }
`;

const styleSource = `'sha256-${createHash('sha256').update(styles).digest('base64')}'`;

/**
 * Nothing may load from anywhere; the one inline stylesheet is allowed by its hash. `form-action`
 * names the platform's origin too because browsers also check it against the redirect a form
 * submission ends in (the stand-in answers the sign-in and Deny access with a redirect there).
 */
function contentSecurityPolicy(formActions: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${styleSource}`,
    `form-action ${formActions.length > 0 ? formActions.join(' ') : "'none'"}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** `body` must already be HTML: every piece of text in it escaped by the function that built it. */
function page(title: string, body: string, formActions: readonly string[] = []): StandInPage {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Stripe stand-in</title>
<style>${styles}</style>
</head>
<body class="page">
<header class="brand">
<span class="brand__name">Stripe stand-in</span>
<span class="brand__note">A local stand-in for Stripe Connect. No real Stripe account is used.</span>
</header>
<main class="card">
${body}
</main>
</body>
</html>
`;
  return { html, contentSecurityPolicy: contentSecurityPolicy(formActions) };
}

function hiddenRequestField(requestId: string): string {
  return `<input type="hidden" name="request" value="${escapeHtml(requestId)}">`;
}

export interface ConsentPageInput {
  /** The platform asking for access, as registered. */
  platformName: string;
  /** The pending request the forms carry on. */
  requestId: string;
  scope: 'read_only' | 'read_write';
  /** The origin the user returns to, which the page names and whose redirect the CSP allows. */
  returnOrigin: string;
}

function accessSentence({ platformName, scope }: ConsentPageInput): string {
  const access = scope === 'read_only' ? 'read-only access' : 'read and write access';
  return `<strong>${escapeHtml(platformName)}</strong> is asking for <strong>${access}</strong> to your Stripe account.`;
}

/** The access request page: who asks for what, and the two choices. */
export function accessRequestPage(input: ConsentPageInput): StandInPage {
  const body = `<h1 class="card__title">Connect your Stripe account</h1>
<p class="card__text">${accessSentence(input)}</p>
<p class="card__text">Whatever you choose, you return to <strong>${escapeHtml(input.returnOrigin)}</strong>.</p>
<div class="actions">
<form class="actions__form" method="get" action="/oauth/sign-in">
${hiddenRequestField(input.requestId)}
<button class="button button--primary" type="submit">Sign in with Stripe to Continue</button>
</form>
<form class="actions__form" method="post" action="/oauth/deny">
${hiddenRequestField(input.requestId)}
<button class="button button--secondary" type="submit">Deny access</button>
</form>
</div>`;
  return page('Connect your Stripe account', body, ["'self'", input.returnOrigin]);
}

/** The sign-in form; after a refused attempt it says so (role=alert) and keeps the email. */
export function signInPage(input: ConsentPageInput & { email: string; failed: boolean }): StandInPage {
  const describedBy = input.failed ? ' aria-describedby="sign-in-error" aria-invalid="true"' : '';
  const body = `<h1 class="card__title">Sign in to Stripe</h1>
<p class="card__text">${accessSentence(input)} Sign in to continue.</p>
<p class="card__text">Demo account: email <strong>${escapeHtml(standInAccount.email)}</strong>, password <strong>${escapeHtml(standInAccount.password)}</strong>.</p>
${input.failed ? '<p class="alert" id="sign-in-error" role="alert">The email or password is not correct.</p>' : ''}
<form method="post" action="/oauth/sign-in">
${hiddenRequestField(input.requestId)}
<div class="field">
<label class="field__label" for="email">Email</label>
<input class="field__input" id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(input.email)}"${describedBy}>
</div>
<div class="field">
<label class="field__label" for="password">Password</label>
<input class="field__input" id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
</div>
<button class="button button--primary" type="submit">Sign in to your account</button>
</form>`;
  return page('Sign in to Stripe', body, ["'self'", input.returnOrigin]);
}

/** A page that ends the flow here: Stripe never redirects when it cannot trust the redirect URI. */
export function errorPage(heading: string, message: string): StandInPage {
  const body = `<h1 class="card__title">${escapeHtml(heading)}</h1>
<p class="card__text">${escapeHtml(message)}</p>`;
  return page(heading, body);
}
