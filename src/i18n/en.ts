/**
 * The source catalog: every string the widget shows or announces, aria-labels included.
 * Other locales must have every key (a missing key is a type error in their files).
 * `{name}` placeholders are filled by `formatMessage`; values are never parsed as HTML.
 */
export const en = {
  // Role gate
  'gate.requiresAdmin': 'Requires Administrator permissions',
  'gate.detail': 'Ask an administrator of your account to manage data sources.',

  // Shared actions and states
  'common.retry': 'Try again',
  'common.retrying': 'Trying again…',
  'common.cancel': 'Cancel',
  'common.backToConnections': 'Back to Connections',

  // Errors, by ConnectionsApiError kind
  'error.network': 'The server could not be reached. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again.',
  'error.bad_request': 'The server refused the request.',
  'error.unauthorized': 'Your session has ended. Sign in again, then retry.',
  'error.forbidden': 'Requires Administrator permissions',
  'error.not_found': 'It no longer exists. Reload the page to see the current list.',
  'error.conflict': 'It changed in the meantime. Reload the page and try again.',
  'error.rate_limited': 'Too many requests. Wait a moment, then try again.',
  'error.server': 'The server had a problem. Try again in a moment.',
  'error.invalid_response': 'The server sent an answer the widget does not understand.',
  'error.unknown': 'Something went wrong.',

  // Widget: a failure no page handled (shown instead of the page, with Try again)
  'widget.failed': 'The Connections page could not be shown.',

  // Connections page
  'connections.heading': 'Connections',
  'connections.add': 'Add a Data Source',

  // Data Sources table
  'dataSources.title': 'Data Sources',
  'dataSources.column.name': 'Name',
  'dataSources.column.connection': 'Connection',
  'dataSources.column.status': 'Status',
  'dataSources.column.lastConnectionStarted': 'Last Connection Started',
  'dataSources.column.lastConnectionDuration': 'Last Connection Duration',
  'dataSources.column.action': 'Action',
  'dataSources.status.success': 'Success',
  'dataSources.status.syncing': 'Syncing',
  'dataSources.status.needs_reauthorization': 'Needs re-authorization',
  'dataSources.status.error': 'Error',
  'dataSources.loading': 'Loading data sources…',
  'dataSources.loadError': 'The data sources could not be loaded.',
  'dataSources.empty': 'No data sources yet. Add one to start syncing your data.',
  'dataSources.never': 'Never',
  'dataSources.noDuration': 'Not finished',
  'dataSources.delete': 'Delete',
  'dataSources.deleteLabel': 'Delete {name}',
  'dataSources.reconnect': 'Reconnect',
  'dataSources.reconnectLabel': 'Reconnect {name}',
  'dataSources.reconnectError': 'The re-authorization of {name} could not be started.',
  'dataSources.deleted': '{name} was deleted.',
  'dataSources.search': 'Search data sources',
  'dataSources.filter.status': 'Status',
  'dataSources.filter.allStatuses': 'All statuses',
  'dataSources.filter.needsAttention': 'Needs attention',
  'dataSources.noMatches': 'No data sources match your search and filter.',
  'dataSources.clearFilters': 'Clear search and filter',
  'dataSources.resultCount.one': '{count} data source found.',
  'dataSources.resultCount.other': '{count} data sources found.',
  'dataSources.loadingMore': 'Loading more data sources…',
  'dataSources.loadMoreError': 'More data sources could not be loaded.',
  'dataSources.statusReason.access_revoked': 'Access was revoked, or the app uninstalled, at the provider.',
  'dataSources.statusReason.refresh_refused': 'The provider stopped renewing access.',
  'dataSources.statusReason.sync_failed': 'The last sync failed.',
  'dataSources.statusReason.token_unreadable': 'The saved access can no longer be read.',

  // Delete confirmation
  'deleteDialog.title': 'Delete {name}?',
  'deleteDialog.body': 'The source stops syncing and its access is revoked. Data already synced is not removed.',
  'deleteDialog.confirm': 'Delete data source',
  'deleteDialog.deleting': 'Deleting…',
  'deleteDialog.error': 'The data source could not be deleted.',

  // Add a Data Source picker
  'picker.heading': 'Add a Data Source',
  'picker.search': 'Search integrations',
  'picker.noResults': 'No integration matches “{query}”.',
  'picker.loading': 'Loading integrations…',
  'picker.loadError': 'The integrations could not be loaded.',
  'picker.empty': 'No integrations are available for your account yet.',
  'picker.resultCount.one': '{count} integration found.',
  'picker.resultCount.other': '{count} integrations found.',
  'picker.category.saas': 'SaaS integrations',
  'picker.category.database': 'Databases',
  'picker.category.file': 'Files',

  // Integration page for integrations the widget cannot connect itself
  'integration.heading': 'Add a Data Source',
  'integration.loading': 'Loading the integration…',
  'integration.loadError': 'The integration could not be loaded.',
  'integration.unavailable': '{name} cannot be connected from this page yet.',
  'integration.notFound': 'This integration is not available for your account.',

  // Stripe authorization page
  'stripe.heading': 'Connect Stripe',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'Checking that Stripe is available for your account…',
  'stripe.loadError': 'Whether Stripe is available for your account could not be checked.',
  'stripe.notEnabled': 'Stripe is not available for your account.',
  'stripe.intro':
    'Stripe lets you manage and track your company’s payment and invoice data. You sign in to Stripe, allow access, and Stripe sends you back here.',
  'stripe.dataHeading': 'Data that will be synced',
  'stripe.dataIntro': 'These Stripe tables are synced after the connection:',
  'stripe.table.customers': 'Customers',
  'stripe.table.charges': 'Charges',
  'stripe.table.coupons': 'Coupons',
  'stripe.table.invoices': 'Invoices',
  'stripe.table.plans': 'Plans',
  'stripe.table.subscriptions': 'Subscriptions',
  'stripe.table.events': 'Events',
  'stripe.readOnly': 'Access is read-only: nothing in your Stripe account is changed.',
  'stripe.connect': 'Connect with Stripe',
  'stripe.redirecting': 'Redirecting to Stripe…',
  'stripe.startError': 'The connection to Stripe could not be started.',
  'stripe.opening': 'Opening Stripe…',
  'stripe.showPopup': 'Show the Stripe window',

  // Why an authorization (Connect with Stripe, or a Reconnect) did not leave the page
  'authorization.urlRefused':
    'The server sent an authorization address on {host}, which is not an allowed authorization host. The widget did not go there.',
  'authorization.storageFailed':
    'This browser would not store the connection in progress (its storage is full or turned off, as in some private windows), so it did not leave this page. Allow this site to store data, then try again.',
  'authorization.popupOpen': 'The sign-in page is open in another window. Finish there: this page updates by itself.',
  'authorization.popupBlocked':
    'Your browser blocked the sign-in window. Allow pop-up windows for this site and try again, or continue in this tab.',
  'authorization.continueInThisTab': 'Continue in this tab',
  'authorization.continuing': 'Continuing in this tab…',

  // Return from the provider
  'callback.verifying': 'Finishing the connection…',
  'callback.failedTitle': 'The connection was not completed',
  'callback.denied': 'Access was not granted, so no data source was added.',
  'callback.tampered':
    'This authorization answer does not match a connection started in this browser, so it was ignored. No data source was added.',
  'callback.expired': 'The authorization took too long and expired. Start the connection again.',
  'callback.used':
    'This authorization was already used, perhaps in another tab, where the connection may have been completed. Check your data sources before starting again.',
  'callback.usedConnected':
    'This authorization was already used, perhaps in another tab, and {name} is connected in your data sources: the connection was probably completed there. Check the list before starting again.',
  'callback.scope_not_allowed':
    'The account granted more than read-only access, so the connection was refused and that access was revoked. No data source was added. Start again and grant read-only access.',
  'callback.code_invalid':
    'The authorization code was refused: it expired or was already used. Start the connection again.',
  'callback.incomplete': 'The answer that came back is incomplete, so no data source was added.',
  'callback.startAgain': 'Start again',
  'callback.provider_error':
    'The service you signed in to could not complete the authorization, so no data source was added.',
  'callback.completeError': 'The server could not finish the connection.',
  'callback.handedOver': 'Finishing in the window that opened this one…',
  'callback.handedOverClose': 'This window closes by itself. If it stays open, you can close it.',

  // Success banner
  'banner.title': 'Connection successful!',
  'banner.added': '{name} was added to your data sources.',
  'banner.reconnected': '{name} was re-authorized.',
  'banner.dismiss': 'Dismiss',
} as const;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;
/** A complete catalog for one locale. */
export type Messages = Record<MessageKey, string>;
