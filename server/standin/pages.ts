import { contentSecurityPolicy } from '../common/contentSecurityPolicy';
import { standInAccount } from './demoCredentials';
import { escapeHtml } from './escapeHtml';
import type { GrantScope } from './StandInContext';
import { stylesheetPath } from './stylesheet';

/** A page of the stand-in and the Content-Security-Policy it must be served with. */
export interface StandInPage {
  html: string;
  contentSecurityPolicy: string;
}

/**
 * The strict policy: the stand-in's own stylesheet, no script at all. `form-action` names the
 * platform's origin too because browsers also check it against the redirect a form submission
 * ends in (the stand-in answers the sign-in and Deny access with a redirect there).
 */
function pagePolicy(formActions: readonly string[]): string {
  return contentSecurityPolicy({ 'form-action': formActions.length > 0 ? formActions : ["'none'"] });
}

/** `body` must already be HTML: every piece of text in it escaped by the function that built it. */
function page(title: string, body: string, formActions: readonly string[] = []): StandInPage {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Stripe stand-in</title>
<link rel="stylesheet" href="${stylesheetPath}">
</head>
<body class="page">
<header class="brand">
<span class="brand__name">Stripe stand-in</span>
<span class="brand__note">A local stand-in for Stripe (Connect OAuth and Stripe Apps). No real Stripe account is used.</span>
</header>
<main class="card">
${body}
</main>
</body>
</html>
`;
  return { html, contentSecurityPolicy: pagePolicy(formActions) };
}

function hiddenRequestField(requestId: string): string {
  return `<input type="hidden" name="request" value="${escapeHtml(requestId)}">`;
}

export interface ConsentPageInput {
  /** The platform asking for access, as registered. */
  platformName: string;
  /** The pending request the forms carry on. */
  requestId: string;
  scope: GrantScope;
  /** The origin the user returns to, which the page names and whose redirect the CSP allows. */
  returnOrigin: string;
}

function accessSentence({ platformName, scope }: ConsentPageInput): string {
  const access = {
    read_only: 'read-only access',
    read_write: 'read and write access',
    stripe_apps: 'its app’s access',
  }[scope];
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

/** What an app's install page shows: the platform, its permissions, and the accounts to pick from. */
export interface InstallPageInput {
  platformName: string;
  requestId: string;
  accounts: readonly { id: string; name: string }[];
  permissions: readonly string[];
  returnOrigin: string;
}

/** The install link's page: which account, what the app may read, Install or Cancel. */
export function installPage(input: InstallPageInput): StandInPage {
  const accounts = input.accounts
    .map(
      (account, index) => `<div class="choice">
<input class="choice__input" type="radio" id="account-${index}" name="account" value="${escapeHtml(account.id)}"${index === 0 ? ' checked' : ''}>
<label class="choice__label" for="account-${index}">${escapeHtml(account.name)} <span class="choice__note">${escapeHtml(account.id)}</span></label>
</div>`,
    )
    .join('\n');
  const permissions = input.permissions.map((permission) => `<li>${escapeHtml(permission)}</li>`).join('\n');
  const body = `<h1 class="card__title">Install ${escapeHtml(input.platformName)}</h1>
<p class="card__text">You return to <strong>${escapeHtml(input.returnOrigin)}</strong> after installing or cancelling.</p>
<h2 class="card__subtitle">This app will be able to</h2>
<ul class="card__list">
${permissions}
</ul>
<div class="actions">
<form class="actions__form" method="post" action="/oauth/v2/install">
${hiddenRequestField(input.requestId)}
<fieldset class="fieldset">
<legend class="field__label">Install on the account</legend>
${accounts}
</fieldset>
<button class="button button--primary" type="submit">Install</button>
</form>
<form class="actions__form" method="post" action="/oauth/v2/cancel">
${hiddenRequestField(input.requestId)}
<button class="button button--secondary" type="submit">Cancel</button>
</form>
</div>`;
  return page(`Install ${input.platformName}`, body, ["'self'", input.returnOrigin]);
}

/**
 * The accounts that have the app installed, each with an Uninstall button: Stripe's side of an
 * uninstall. Each form carries `formToken` (formToken.ts), without which an uninstall is refused.
 */
export function installsPage(platformName: string, installed: readonly string[], formToken: string): StandInPage {
  const rows = installed
    .map(
      (account) => `<li class="install">
<span>${escapeHtml(account)}</span>
<form class="actions__form" method="post" action="/apps/uninstall">
<input type="hidden" name="form_token" value="${escapeHtml(formToken)}">
<input type="hidden" name="account" value="${escapeHtml(account)}">
<button class="button button--secondary" type="submit">Uninstall from ${escapeHtml(account)}</button>
</form>
</li>`,
    )
    .join('\n');
  const body = `<h1 class="card__title">${escapeHtml(platformName)} installs</h1>
${installed.length > 0 ? `<ul class="card__list">\n${rows}\n</ul>` : '<p class="card__text">No account has the app installed.</p>'}`;
  return page(`${platformName} installs`, body, ["'self'"]);
}
