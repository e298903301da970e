import type { Messages } from './en';

export const es = {
  // Role gate
  'gate.requiresAdmin': 'Requiere permisos de administrador',
  'gate.detail': 'Pide a un administrador de tu cuenta que gestione las fuentes de datos.',

  // Shared actions and states
  'common.retry': 'Reintentar',
  'common.retrying': 'Reintentando…',
  'common.cancel': 'Cancelar',
  'common.backToConnections': 'Volver a Conexiones',

  // Errors, by ConnectionsApiError kind
  'error.network': 'No se pudo contactar con el servidor. Comprueba tu conexión a internet y vuelve a intentarlo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Vuelve a intentarlo.',
  'error.bad_request': 'El servidor rechazó la solicitud.',
  'error.unauthorized': 'Tu sesión ha finalizado. Vuelve a iniciar sesión e inténtalo de nuevo.',
  'error.forbidden': 'Requiere permisos de administrador',
  'error.not_found': 'Ya no existe. Recarga la página para ver la lista actual.',
  'error.conflict': 'Se modificó mientras tanto. Recarga la página y vuelve a intentarlo.',
  'error.rate_limited': 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
  'error.server': 'El servidor tuvo un problema. Vuelve a intentarlo en unos instantes.',
  'error.invalid_response': 'El servidor envió una respuesta que el widget no entiende.',
  'error.unknown': 'Algo salió mal.',

  // Widget: a failure no page handled (shown instead of the page, with Try again)
  'widget.failed': 'No se pudo mostrar la página de Conexiones.',

  // Connections page
  'connections.heading': 'Conexiones',
  'connections.add': 'Agregar una fuente de datos',

  // Data Sources table
  'dataSources.title': 'Fuentes de datos',
  'dataSources.column.name': 'Nombre',
  'dataSources.column.connection': 'Conexión',
  'dataSources.column.status': 'Estado',
  'dataSources.column.lastConnectionStarted': 'Inicio de la última conexión',
  'dataSources.column.lastConnectionDuration': 'Duración de la última conexión',
  'dataSources.column.action': 'Acción',
  'dataSources.status.success': 'Correcto',
  'dataSources.status.syncing': 'Sincronizando',
  'dataSources.status.needs_reauthorization': 'Requiere nueva autorización',
  'dataSources.status.error': 'Error',
  'dataSources.loading': 'Cargando fuentes de datos…',
  'dataSources.loadError': 'No se pudieron cargar las fuentes de datos.',
  'dataSources.empty': 'Aún no hay fuentes de datos. Agrega una para empezar a sincronizar tus datos.',
  'dataSources.never': 'Nunca',
  'dataSources.noDuration': 'Sin finalizar',
  'dataSources.delete': 'Eliminar',
  'dataSources.deleteLabel': 'Eliminar {name}',
  'dataSources.reconnect': 'Reconectar',
  'dataSources.reconnectLabel': 'Reconectar {name}',
  'dataSources.reconnectError': 'No se pudo iniciar la nueva autorización de {name}.',
  'dataSources.deleted': 'Se eliminó {name}.',
  'dataSources.search': 'Buscar fuentes de datos',
  'dataSources.filter.status': 'Estado',
  'dataSources.filter.allStatuses': 'Todos los estados',
  'dataSources.filter.needsAttention': 'Requieren atención',
  'dataSources.noMatches': 'Ninguna fuente de datos coincide con la búsqueda y el filtro.',
  'dataSources.clearFilters': 'Borrar búsqueda y filtro',
  'dataSources.resultCount.one': 'Se encontró {count} fuente de datos.',
  'dataSources.resultCount.other': 'Se encontraron {count} fuentes de datos.',
  'dataSources.loadingMore': 'Cargando más fuentes de datos…',
  'dataSources.loadMoreError': 'No se pudieron cargar más fuentes de datos.',
  'dataSources.statusReason.access_revoked': 'Se revocó el acceso, o se desinstaló la app, en el proveedor.',
  'dataSources.statusReason.refresh_refused': 'El proveedor dejó de renovar el acceso.',
  'dataSources.statusReason.sync_failed': 'La última sincronización falló.',
  'dataSources.statusReason.token_unreadable': 'El acceso guardado ya no se puede leer.',

  // Delete confirmation
  'deleteDialog.title': '¿Eliminar {name}?',
  'deleteDialog.body':
    'La fuente deja de sincronizarse y se revoca su acceso. Los datos ya sincronizados no se eliminan.',
  'deleteDialog.confirm': 'Eliminar fuente de datos',
  'deleteDialog.deleting': 'Eliminando…',
  'deleteDialog.error': 'No se pudo eliminar la fuente de datos.',

  // Add a Data Source picker
  'picker.heading': 'Agregar una fuente de datos',
  'picker.search': 'Buscar integraciones',
  'picker.noResults': 'Ninguna integración coincide con “{query}”.',
  'picker.loading': 'Cargando integraciones…',
  'picker.loadError': 'No se pudieron cargar las integraciones.',
  'picker.empty': 'Aún no hay integraciones disponibles para tu cuenta.',
  'picker.resultCount.one': 'Se encontró {count} integración.',
  'picker.resultCount.other': 'Se encontraron {count} integraciones.',
  'picker.category.saas': 'Integraciones SaaS',
  'picker.category.database': 'Bases de datos',
  'picker.category.file': 'Archivos',

  // Integration page for integrations the widget cannot connect itself
  'integration.heading': 'Agregar una fuente de datos',
  'integration.loading': 'Cargando la integración…',
  'integration.loadError': 'No se pudo cargar la integración.',
  'integration.unavailable': '{name} todavía no se puede conectar desde esta página.',
  'integration.notFound': 'Esta integración no está disponible para tu cuenta.',

  // Stripe authorization page
  'stripe.heading': 'Conectar Stripe',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'Comprobando si Stripe está disponible para tu cuenta…',
  'stripe.loadError': 'No se pudo comprobar si Stripe está disponible para tu cuenta.',
  'stripe.notEnabled': 'Stripe no está disponible para tu cuenta.',
  'stripe.intro':
    'Stripe te permite gestionar y hacer seguimiento de los datos de pagos y facturas de tu empresa. Inicias sesión en Stripe, permites el acceso y Stripe te devuelve a esta página.',
  'stripe.dataHeading': 'Datos que se sincronizarán',
  'stripe.dataIntro': 'Estas tablas de Stripe se sincronizan después de la conexión:',
  'stripe.table.customers': 'Clientes',
  'stripe.table.charges': 'Cargos',
  'stripe.table.coupons': 'Cupones',
  'stripe.table.invoices': 'Facturas',
  'stripe.table.plans': 'Planes',
  'stripe.table.subscriptions': 'Suscripciones',
  'stripe.table.events': 'Eventos',
  'stripe.readOnly': 'El acceso es de solo lectura: no se modifica nada en tu cuenta de Stripe.',
  'stripe.connect': 'Conectar con Stripe',
  'stripe.redirecting': 'Redirigiendo a Stripe…',
  'stripe.startError': 'No se pudo iniciar la conexión con Stripe.',
  'stripe.opening': 'Abriendo Stripe…',
  'stripe.showPopup': 'Mostrar la ventana de Stripe',

  // Why an authorization (Connect with Stripe, or a Reconnect) did not leave the page
  'authorization.urlRefused':
    'El servidor envió una dirección de autorización en {host}, que no es un host de autorización permitido. El widget no la abrió.',
  'authorization.storageFailed':
    'Este navegador no permitió guardar la conexión en curso (su almacenamiento está lleno o desactivado, como en algunas ventanas privadas), por lo que el widget no salió de esta página. Permite que este sitio almacene datos y vuelve a intentarlo.',
  'authorization.popupOpen':
    'La página de inicio de sesión está abierta en otra ventana. Termina allí: esta página se actualiza sola.',
  'authorization.popupBlocked':
    'Tu navegador bloqueó la ventana de inicio de sesión. Permite las ventanas emergentes para este sitio y vuelve a intentarlo, o continúa en esta pestaña.',
  'authorization.continueInThisTab': 'Continuar en esta pestaña',
  'authorization.continuing': 'Continuando en esta pestaña…',

  // Return from the provider
  'callback.verifying': 'Finalizando la conexión…',
  'callback.failedTitle': 'No se completó la conexión',
  'callback.denied': 'No se concedió el acceso, así que no se agregó ninguna fuente de datos.',
  'callback.tampered':
    'Esta respuesta de autorización no corresponde a ninguna conexión iniciada en este navegador, así que se ignoró. No se agregó ninguna fuente de datos.',
  'callback.expired': 'La autorización tardó demasiado y caducó. Vuelve a iniciar la conexión.',
  'callback.used':
    'Esta autorización ya se usó, quizá en otra pestaña, donde es posible que la conexión se haya completado. Revisa tus fuentes de datos antes de volver a empezar.',
  'callback.usedConnected':
    'Esta autorización ya se usó, quizá en otra pestaña, y la fuente de datos {name} está conectada: probablemente la conexión se completó allí. Revisa la lista antes de volver a empezar.',
  'callback.scope_not_allowed':
    'La cuenta concedió más que acceso de solo lectura, así que se rechazó la conexión y se revocó ese acceso. No se agregó ninguna fuente de datos. Vuelve a empezar y concede acceso de solo lectura.',
  'callback.code_invalid': 'Se rechazó el código de autorización: caducó o ya se usó. Vuelve a iniciar la conexión.',
  'callback.incomplete': 'La respuesta recibida está incompleta, así que no se agregó ninguna fuente de datos.',
  'callback.startAgain': 'Volver a empezar',
  'callback.provider_error':
    'El servicio en el que iniciaste sesión no pudo completar la autorización, así que no se agregó ninguna fuente de datos.',
  'callback.completeError': 'El servidor no pudo finalizar la conexión.',
  'callback.handedOver': 'Finalizando en la ventana que abrió esta…',
  'callback.handedOverClose': 'Esta ventana se cierra sola. Si sigue abierta, puedes cerrarla.',

  // Success banner
  'banner.title': '¡Conexión establecida!',
  'banner.added': 'Se agregó {name} a tus fuentes de datos.',
  'banner.reconnected': 'Se volvió a autorizar {name}.',
  'banner.dismiss': 'Cerrar',
} as const satisfies Messages;
