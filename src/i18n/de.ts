import type { Messages } from './en';

export const de = {
  // Role gate
  'gate.requiresAdmin': 'Erfordert Administratorberechtigungen',
  'gate.detail': 'Bitten Sie einen Administrator Ihres Kontos, die Datenquellen zu verwalten.',

  // Shared actions and states
  'common.retry': 'Erneut versuchen',
  'common.retrying': 'Wird erneut versucht…',
  'common.cancel': 'Abbrechen',
  'common.backToConnections': 'Zurück zu Verbindungen',

  // Errors, by ConnectionsApiError kind
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  'error.bad_request': 'Der Server hat die Anfrage abgelehnt.',
  'error.unauthorized': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
  'error.forbidden': 'Erfordert Administratorberechtigungen',
  'error.not_found': 'Das Element existiert nicht mehr. Laden Sie die Seite neu, um die aktuelle Liste zu sehen.',
  'error.conflict': 'Das Element wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.rate_limited': 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.server': 'Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
  'error.invalid_response': 'Der Server hat eine Antwort gesendet, die das Widget nicht versteht.',
  'error.unknown': 'Etwas ist schiefgelaufen.',

  // Widget: a failure no page handled (shown instead of the page, with Try again)
  'widget.failed': 'Die Seite „Verbindungen“ konnte nicht angezeigt werden.',

  // Connections page
  'connections.heading': 'Verbindungen',
  'connections.add': 'Datenquelle hinzufügen',

  // Data Sources table
  'dataSources.title': 'Datenquellen',
  'dataSources.column.name': 'Name',
  'dataSources.column.connection': 'Verbindung',
  'dataSources.column.status': 'Status',
  'dataSources.column.lastConnectionStarted': 'Letzter Verbindungsstart',
  'dataSources.column.lastConnectionDuration': 'Letzte Verbindungsdauer',
  'dataSources.column.action': 'Aktion',
  'dataSources.status.success': 'Erfolgreich',
  'dataSources.status.syncing': 'Wird synchronisiert',
  'dataSources.status.needs_reauthorization': 'Erneute Autorisierung nötig',
  'dataSources.status.error': 'Fehler',
  'dataSources.loading': 'Datenquellen werden geladen…',
  'dataSources.loadError': 'Die Datenquellen konnten nicht geladen werden.',
  'dataSources.empty':
    'Noch keine Datenquellen vorhanden. Fügen Sie eine hinzu, um mit der Synchronisierung Ihrer Daten zu beginnen.',
  'dataSources.never': 'Nie',
  'dataSources.noDuration': 'Nicht abgeschlossen',
  'dataSources.delete': 'Löschen',
  'dataSources.deleteLabel': '{name} löschen',
  'dataSources.reconnect': 'Erneut verbinden',
  'dataSources.reconnectLabel': '{name} erneut verbinden',
  'dataSources.reconnectError': 'Die erneute Autorisierung von {name} konnte nicht gestartet werden.',
  'dataSources.deleted': '{name} wurde gelöscht.',
  'dataSources.search': 'Datenquellen durchsuchen',
  'dataSources.filter.status': 'Status',
  'dataSources.filter.allStatuses': 'Alle Status',
  'dataSources.filter.needsAttention': 'Handlungsbedarf',
  'dataSources.noMatches': 'Keine Datenquelle entspricht Ihrer Suche und dem Filter.',
  'dataSources.clearFilters': 'Suche und Filter zurücksetzen',
  'dataSources.resultCount.one': '{count} Datenquelle gefunden.',
  'dataSources.resultCount.other': '{count} Datenquellen gefunden.',
  'dataSources.loadingMore': 'Weitere Datenquellen werden geladen…',
  'dataSources.loadMoreError': 'Weitere Datenquellen konnten nicht geladen werden.',
  'dataSources.statusReason.access_revoked':
    'Der Zugriff wurde beim Anbieter widerrufen oder die App dort deinstalliert.',
  'dataSources.statusReason.refresh_refused': 'Der Anbieter erneuert den Zugriff nicht mehr.',
  'dataSources.statusReason.sync_failed': 'Die letzte Synchronisierung ist fehlgeschlagen.',
  'dataSources.statusReason.token_unreadable': 'Der gespeicherte Zugriff kann nicht mehr gelesen werden.',

  // Delete confirmation
  'deleteDialog.title': '{name} löschen?',
  'deleteDialog.body':
    'Die Datenquelle wird nicht mehr synchronisiert und ihr Zugriff wird widerrufen. Bereits synchronisierte Daten werden nicht entfernt.',
  'deleteDialog.confirm': 'Datenquelle löschen',
  'deleteDialog.deleting': 'Wird gelöscht…',
  'deleteDialog.error': 'Die Datenquelle konnte nicht gelöscht werden.',

  // Add a Data Source picker
  'picker.heading': 'Datenquelle hinzufügen',
  'picker.search': 'Integrationen durchsuchen',
  'picker.noResults': 'Keine Integration entspricht „{query}“.',
  'picker.loading': 'Integrationen werden geladen…',
  'picker.loadError': 'Die Integrationen konnten nicht geladen werden.',
  'picker.empty': 'Für Ihr Konto sind noch keine Integrationen verfügbar.',
  'picker.resultCount.one': '{count} Integration gefunden.',
  'picker.resultCount.other': '{count} Integrationen gefunden.',
  'picker.category.saas': 'SaaS-Integrationen',
  'picker.category.database': 'Datenbanken',
  'picker.category.file': 'Dateien',

  // Integration page for integrations the widget cannot connect itself
  'integration.heading': 'Datenquelle hinzufügen',
  'integration.loading': 'Integration wird geladen…',
  'integration.loadError': 'Die Integration konnte nicht geladen werden.',
  'integration.unavailable': '{name} kann noch nicht über diese Seite verbunden werden.',
  'integration.notFound': 'Diese Integration ist für Ihr Konto nicht verfügbar.',

  // Stripe authorization page
  'stripe.heading': 'Stripe verbinden',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'Es wird geprüft, ob Stripe für Ihr Konto verfügbar ist…',
  'stripe.loadError': 'Es konnte nicht geprüft werden, ob Stripe für Ihr Konto verfügbar ist.',
  'stripe.notEnabled': 'Stripe ist für Ihr Konto nicht verfügbar.',
  'stripe.intro':
    'Mit Stripe verwalten und verfolgen Sie die Zahlungs- und Rechnungsdaten Ihres Unternehmens. Sie melden sich bei Stripe an, erlauben den Zugriff, und Stripe leitet Sie hierher zurück.',
  'stripe.dataHeading': 'Synchronisierte Daten',
  'stripe.dataIntro': 'Nach dem Verbinden werden diese Stripe-Tabellen synchronisiert:',
  'stripe.table.customers': 'Kunden',
  'stripe.table.charges': 'Zahlungen',
  'stripe.table.coupons': 'Gutscheine',
  'stripe.table.invoices': 'Rechnungen',
  'stripe.table.plans': 'Pläne',
  'stripe.table.subscriptions': 'Abonnements',
  'stripe.table.events': 'Ereignisse',
  'stripe.readOnly': 'Der Zugriff ist auf Lesen beschränkt: In Ihrem Stripe-Konto wird nichts geändert.',
  'stripe.connect': 'Mit Stripe verbinden',
  'stripe.redirecting': 'Weiterleitung zu Stripe…',
  'stripe.startError': 'Die Verbindung mit Stripe konnte nicht gestartet werden.',
  'stripe.opening': 'Stripe wird geöffnet…',
  'stripe.showPopup': 'Stripe-Fenster anzeigen',

  // Why an authorization (Connect with Stripe, or a Reconnect) did not leave the page
  'authorization.urlRefused':
    'Der Server hat eine Autorisierungsadresse auf {host} gesendet. Dieser Host ist kein zulässiger Autorisierungshost, daher hat das Widget die Adresse nicht aufgerufen.',
  'authorization.storageFailed':
    'Dieser Browser konnte die laufende Verbindung nicht speichern (sein Speicher ist voll oder deaktiviert, wie in manchen privaten Fenstern), daher wurde diese Seite nicht verlassen. Erlauben Sie dieser Website, Daten zu speichern, und versuchen Sie es dann erneut.',
  'authorization.popupOpen':
    'Die Anmeldeseite ist in einem anderen Fenster geöffnet. Schließen Sie den Vorgang dort ab: Diese Seite aktualisiert sich von selbst.',
  'authorization.popupBlocked':
    'Ihr Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-up-Fenster für diese Website und versuchen Sie es erneut, oder fahren Sie in diesem Tab fort.',
  'authorization.continueInThisTab': 'In diesem Tab fortfahren',
  'authorization.continuing': 'Wird in diesem Tab fortgesetzt…',

  // Return from the provider
  'callback.verifying': 'Verbindung wird abgeschlossen…',
  'callback.failedTitle': 'Die Verbindung wurde nicht abgeschlossen',
  'callback.denied': 'Der Zugriff wurde nicht gewährt, daher wurde keine Datenquelle hinzugefügt.',
  'callback.tampered':
    'Diese Autorisierungsantwort passt zu keiner Verbindung, die in diesem Browser gestartet wurde, und wurde daher ignoriert. Es wurde keine Datenquelle hinzugefügt.',
  'callback.expired': 'Die Autorisierung hat zu lange gedauert und ist abgelaufen. Starten Sie die Verbindung erneut.',
  'callback.used':
    'Diese Autorisierung wurde bereits verwendet, vielleicht in einem anderen Tab, in dem die Verbindung möglicherweise abgeschlossen wurde. Prüfen Sie Ihre Datenquellen, bevor Sie neu beginnen.',
  'callback.usedConnected':
    'Diese Autorisierung wurde bereits verwendet, vielleicht in einem anderen Tab, und die Datenquelle {name} ist verbunden: Die Verbindung wurde wahrscheinlich dort abgeschlossen. Prüfen Sie die Liste, bevor Sie neu beginnen.',
  'callback.scope_not_allowed':
    'Das Konto hat mehr als nur Lesezugriff gewährt. Deshalb wurde die Verbindung abgelehnt und dieser Zugriff widerrufen. Es wurde keine Datenquelle hinzugefügt. Beginnen Sie neu und gewähren Sie nur Lesezugriff.',
  'callback.code_invalid':
    'Der Autorisierungscode wurde abgelehnt: Er ist abgelaufen oder wurde bereits verwendet. Starten Sie die Verbindung erneut.',
  'callback.incomplete': 'Die zurückgegebene Antwort ist unvollständig, daher wurde keine Datenquelle hinzugefügt.',
  'callback.startAgain': 'Neu beginnen',
  'callback.provider_error':
    'Der Dienst, bei dem Sie sich angemeldet haben, konnte die Autorisierung nicht abschließen, daher wurde keine Datenquelle hinzugefügt.',
  'callback.completeError': 'Der Server konnte die Verbindung nicht abschließen.',
  'callback.handedOver': 'Wird in dem Fenster abgeschlossen, das dieses geöffnet hat…',
  'callback.handedOverClose':
    'Dieses Fenster schließt sich von selbst. Falls es geöffnet bleibt, können Sie es schließen.',

  // Success banner
  'banner.title': 'Verbindung erfolgreich!',
  'banner.added': '{name} wurde zu Ihren Datenquellen hinzugefügt.',
  'banner.reconnected': '{name} wurde erneut autorisiert.',
  'banner.dismiss': 'Schließen',
} as const satisfies Messages;
