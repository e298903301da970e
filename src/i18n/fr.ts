import type { Messages } from './en';

export const fr = {
  // Role gate
  'gate.requiresAdmin': 'Autorisations d’administrateur requises',
  'gate.detail': 'Demandez à un administrateur de votre compte de gérer les sources de données.',

  // Shared actions and states
  'common.retry': 'Réessayer',
  'common.retrying': 'Nouvelle tentative…',
  'common.cancel': 'Annuler',
  'common.backToConnections': 'Retour aux connexions',

  // Errors, by ConnectionsApiError kind
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'error.bad_request': 'Le serveur a refusé la requête.',
  'error.unauthorized': 'Votre session a pris fin. Identifiez-vous de nouveau, puis réessayez.',
  'error.forbidden': 'Autorisations d’administrateur requises',
  'error.not_found': 'Cet élément n’existe plus. Rechargez la page pour afficher la liste à jour.',
  'error.conflict': 'Cet élément a été modifié entre-temps. Rechargez la page et réessayez.',
  'error.rate_limited': 'Trop de requêtes. Patientez un instant, puis réessayez.',
  'error.server': 'Le serveur a rencontré un problème. Réessayez dans un instant.',
  'error.invalid_response': 'Le serveur a envoyé une réponse que le widget ne comprend pas.',
  'error.unknown': 'Une erreur s’est produite.',

  // Widget: a failure no page handled (shown instead of the page, with Try again)
  'widget.failed': 'Impossible d’afficher la page Connexions.',

  // Connections page
  'connections.heading': 'Connexions',
  'connections.add': 'Ajouter une source de données',

  // Data Sources table
  'dataSources.title': 'Sources de données',
  'dataSources.column.name': 'Nom',
  'dataSources.column.connection': 'Connexion',
  'dataSources.column.status': 'Statut',
  'dataSources.column.lastConnectionStarted': 'Début de la dernière connexion',
  'dataSources.column.lastConnectionDuration': 'Durée de la dernière connexion',
  'dataSources.column.action': 'Action',
  'dataSources.status.success': 'Réussi',
  'dataSources.status.syncing': 'Synchronisation en cours',
  'dataSources.status.needs_reauthorization': 'Nouvelle autorisation requise',
  'dataSources.status.error': 'Erreur',
  'dataSources.loading': 'Chargement des sources de données…',
  'dataSources.loadError': 'Impossible de charger les sources de données.',
  'dataSources.empty':
    'Aucune source de données pour l’instant. Ajoutez-en une pour commencer à synchroniser vos données.',
  'dataSources.never': 'Jamais',
  'dataSources.noDuration': 'Non terminée',
  'dataSources.delete': 'Supprimer',
  'dataSources.deleteLabel': 'Supprimer {name}',
  'dataSources.reconnect': 'Reconnecter',
  'dataSources.reconnectLabel': 'Reconnecter {name}',
  'dataSources.reconnectError': 'Impossible de lancer la nouvelle autorisation de {name}.',
  'dataSources.deleted': 'La source de données {name} a été supprimée.',
  'dataSources.search': 'Rechercher des sources de données',
  'dataSources.filter.status': 'Statut',
  'dataSources.filter.allStatuses': 'Tous les statuts',
  'dataSources.filter.needsAttention': 'Action requise',
  'dataSources.noMatches': 'Aucune source de données ne correspond à la recherche et au filtre.',
  'dataSources.clearFilters': 'Effacer la recherche et le filtre',
  'dataSources.resultCount.one': '{count} source de données trouvée.',
  'dataSources.resultCount.other': '{count} sources de données trouvées.',
  'dataSources.loadingMore': 'Chargement d’autres sources de données…',
  'dataSources.loadMoreError': 'Impossible de charger d’autres sources de données.',
  'dataSources.statusReason.access_revoked':
    'L’accès a été révoqué, ou l’application désinstallée, chez le fournisseur.',
  'dataSources.statusReason.refresh_refused': 'Le fournisseur ne renouvelle plus l’accès.',
  'dataSources.statusReason.sync_failed': 'La dernière synchronisation a échoué.',
  'dataSources.statusReason.token_unreadable': 'L’accès enregistré ne peut plus être lu.',

  // Delete confirmation
  'deleteDialog.title': 'Supprimer {name} ?',
  'deleteDialog.body':
    'La source n’est plus synchronisée et son accès est révoqué. Les données déjà synchronisées ne sont pas supprimées.',
  'deleteDialog.confirm': 'Supprimer la source de données',
  'deleteDialog.deleting': 'Suppression…',
  'deleteDialog.error': 'Impossible de supprimer la source de données.',

  // Add a Data Source picker
  'picker.heading': 'Ajouter une source de données',
  'picker.search': 'Rechercher des intégrations',
  'picker.noResults': 'Aucune intégration ne correspond à « {query} ».',
  'picker.loading': 'Chargement des intégrations…',
  'picker.loadError': 'Impossible de charger les intégrations.',
  'picker.empty': 'Aucune intégration n’est encore disponible pour votre compte.',
  'picker.resultCount.one': '{count} intégration trouvée.',
  'picker.resultCount.other': '{count} intégrations trouvées.',
  'picker.category.saas': 'Intégrations SaaS',
  'picker.category.database': 'Bases de données',
  'picker.category.file': 'Fichiers',

  // Integration page for integrations the widget cannot connect itself
  'integration.heading': 'Ajouter une source de données',
  'integration.loading': 'Chargement de l’intégration…',
  'integration.loadError': 'Impossible de charger l’intégration.',
  'integration.unavailable': 'Impossible de connecter {name} depuis cette page pour le moment.',
  'integration.notFound': 'Cette intégration n’est pas disponible pour votre compte.',

  // Stripe authorization page
  'stripe.heading': 'Connecter Stripe',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'Vérification de la disponibilité de Stripe pour votre compte…',
  'stripe.loadError': 'Impossible de vérifier si Stripe est disponible pour votre compte.',
  'stripe.notEnabled': 'Stripe n’est pas disponible pour votre compte.',
  'stripe.intro':
    'Stripe vous permet de gérer et de suivre les données de paiement et de facturation de votre entreprise. Vous vous identifiez sur Stripe, vous autorisez l’accès, puis Stripe vous renvoie ici.',
  'stripe.dataHeading': 'Données qui seront synchronisées',
  'stripe.dataIntro': 'Ces tables Stripe sont synchronisées après la connexion :',
  'stripe.table.customers': 'Clients',
  'stripe.table.charges': 'Paiements',
  'stripe.table.coupons': 'Coupons',
  'stripe.table.invoices': 'Factures',
  'stripe.table.plans': 'Plans',
  'stripe.table.subscriptions': 'Abonnements',
  'stripe.table.events': 'Événements',
  'stripe.readOnly': 'L’accès est en lecture seule : rien n’est modifié dans votre compte Stripe.',
  'stripe.connect': 'Connecter avec Stripe',
  'stripe.redirecting': 'Redirection vers Stripe…',
  'stripe.startError': 'Impossible de lancer la connexion à Stripe.',
  'stripe.opening': 'Ouverture de Stripe…',
  'stripe.showPopup': 'Afficher la fenêtre Stripe',

  // Why an authorization (Connect with Stripe, or a Reconnect) did not leave the page
  'authorization.urlRefused':
    'Le serveur a envoyé une adresse d’autorisation sur {host}, qui n’est pas un hôte d’autorisation admis. Le widget ne s’y est pas rendu.',
  'authorization.storageFailed':
    'Ce navigateur n’a pas pu enregistrer la connexion en cours (son stockage est plein ou désactivé, comme dans certaines fenêtres de navigation privée) ; le widget est donc resté sur cette page. Autorisez ce site à stocker des données, puis réessayez.',
  'authorization.popupOpen':
    'La page de connexion est ouverte dans une autre fenêtre. Terminez-y : cette page se met à jour d’elle-même.',
  'authorization.popupBlocked':
    'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres pop-up pour ce site et réessayez, ou continuez dans cet onglet.',
  'authorization.continueInThisTab': 'Continuer dans cet onglet',
  'authorization.continuing': 'Poursuite dans cet onglet…',

  // Return from the provider
  'callback.verifying': 'Finalisation de la connexion…',
  'callback.failedTitle': 'La connexion n’a pas abouti',
  'callback.denied': 'L’accès n’a pas été accordé ; aucune source de données n’a donc été ajoutée.',
  'callback.tampered':
    'Cette réponse d’autorisation ne correspond à aucune connexion lancée dans ce navigateur ; elle a donc été ignorée. Aucune source de données n’a été ajoutée.',
  'callback.expired': 'L’autorisation a pris trop de temps et a expiré. Relancez la connexion.',
  'callback.used':
    'Cette autorisation a déjà été utilisée, peut-être dans un autre onglet, où la connexion a pu aboutir. Vérifiez vos sources de données avant de recommencer.',
  'callback.usedConnected':
    'Cette autorisation a déjà été utilisée, peut-être dans un autre onglet, et la source de données {name} est connectée : la connexion a probablement abouti dans cet onglet. Vérifiez la liste avant de recommencer.',
  'callback.scope_not_allowed':
    'Le compte a accordé plus qu’un accès en lecture seule ; la connexion a donc été refusée et cet accès révoqué. Aucune source de données n’a été ajoutée. Recommencez en accordant uniquement un accès en lecture seule.',
  'callback.code_invalid':
    'Le code d’autorisation a été refusé : il a expiré ou a déjà été utilisé. Relancez la connexion.',
  'callback.incomplete': 'La réponse reçue est incomplète ; aucune source de données n’a donc été ajoutée.',
  'callback.startAgain': 'Recommencer',
  'callback.provider_error':
    'Le service auprès duquel vous vous êtes identifié n’a pas pu finaliser l’autorisation ; aucune source de données n’a donc été ajoutée.',
  'callback.completeError': 'Le serveur n’a pas pu finaliser la connexion.',
  'callback.handedOver': 'Finalisation dans la fenêtre qui a ouvert celle-ci…',
  'callback.handedOverClose': 'Cette fenêtre se ferme d’elle-même. Si elle reste ouverte, vous pouvez la fermer.',

  // Success banner
  'banner.title': 'Connexion réussie !',
  'banner.added': '{name} fait désormais partie de vos sources de données.',
  'banner.reconnected': 'La nouvelle autorisation de {name} a abouti.',
  'banner.dismiss': 'Fermer',
} as const satisfies Messages;
