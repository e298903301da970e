import type { Messages } from './en';

export const ptBR = {
  'gate.requiresAdmin': 'Requer permissões de administrador',
  'gate.detail': 'Peça a um administrador da sua conta para gerenciar as fontes de dados.',

  'common.retry': 'Tentar novamente',
  'common.retrying': 'Tentando novamente…',
  'common.cancel': 'Cancelar',
  'common.backToConnections': 'Voltar para Conexões',

  'error.network': 'Não foi possível contatar o servidor. Verifique sua conexão e tente novamente.',
  'error.timeout': 'O servidor demorou demais para responder. Tente novamente.',
  'error.bad_request': 'O servidor recusou a solicitação.',
  'error.unauthorized': 'Sua sessão terminou. Entre novamente e tente outra vez.',
  'error.forbidden': 'Requer permissões de administrador',
  'error.not_found': 'Isto não existe mais. Recarregue a página para ver a lista atual.',
  'error.conflict': 'Isto mudou nesse meio-tempo. Recarregue a página e tente novamente.',
  'error.rate_limited': 'Solicitações demais. Aguarde um momento e tente novamente.',
  'error.server': 'O servidor teve um problema. Tente novamente em instantes.',
  'error.invalid_response': 'O servidor enviou uma resposta que o widget não entende.',
  'error.unknown': 'Algo deu errado.',

  'widget.failed': 'Não foi possível exibir a página de Conexões.',

  'connections.heading': 'Conexões',
  'connections.add': 'Adicionar uma fonte de dados',

  'dataSources.title': 'Fontes de dados',
  'dataSources.column.name': 'Nome',
  'dataSources.column.connection': 'Conexão',
  'dataSources.column.status': 'Status',
  'dataSources.column.lastConnectionStarted': 'Início da última conexão',
  'dataSources.column.lastConnectionDuration': 'Duração da última conexão',
  'dataSources.column.action': 'Ação',
  'dataSources.status.success': 'Sucesso',
  'dataSources.status.syncing': 'Sincronizando',
  'dataSources.status.needs_reauthorization': 'Requer nova autorização',
  'dataSources.status.error': 'Erro',
  'dataSources.loading': 'Carregando fontes de dados…',
  'dataSources.loadError': 'Não foi possível carregar as fontes de dados.',
  'dataSources.empty': 'Nenhuma fonte de dados ainda. Adicione uma para começar a sincronizar seus dados.',
  'dataSources.never': 'Nunca',
  'dataSources.noDuration': 'Não concluída',
  'dataSources.delete': 'Excluir',
  'dataSources.deleteLabel': 'Excluir {name}',
  'dataSources.reconnect': 'Reconectar',
  'dataSources.reconnectLabel': 'Reconectar {name}',
  'dataSources.reconnectError': 'Não foi possível iniciar a nova autorização de {name}.',
  'dataSources.deleted': '{name} foi excluída.',

  'deleteDialog.title': 'Excluir {name}?',
  'deleteDialog.body':
    'A fonte deixa de sincronizar e seu acesso é revogado. Os dados já sincronizados não são removidos.',
  'deleteDialog.confirm': 'Excluir fonte de dados',
  'deleteDialog.deleting': 'Excluindo…',
  'deleteDialog.error': 'Não foi possível excluir a fonte de dados.',

  'picker.heading': 'Adicionar uma fonte de dados',
  'picker.search': 'Pesquisar integrações',
  'picker.noResults': 'Nenhuma integração corresponde a “{query}”.',
  'picker.loading': 'Carregando integrações…',
  'picker.loadError': 'Não foi possível carregar as integrações.',
  'picker.empty': 'Ainda não há integrações disponíveis para sua conta.',
  'picker.resultCount.one': '{count} integração encontrada.',
  'picker.resultCount.other': '{count} integrações encontradas.',
  'picker.category.saas': 'Integrações SaaS',
  'picker.category.database': 'Bancos de dados',
  'picker.category.file': 'Arquivos',

  'integration.heading': 'Adicionar uma fonte de dados',
  'integration.loading': 'Carregando a integração…',
  'integration.loadError': 'Não foi possível carregar a integração.',
  'integration.unavailable': '{name} ainda não pode ser conectado por esta página.',
  'integration.notFound': 'Esta integração não está disponível para sua conta.',

  'stripe.heading': 'Conectar o Stripe',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'Verificando se o Stripe está disponível para sua conta…',
  'stripe.loadError': 'Não foi possível verificar se o Stripe está disponível para sua conta.',
  'stripe.notEnabled': 'O Stripe não está disponível para sua conta.',
  'stripe.intro':
    'O Stripe permite gerenciar e rastrear os dados de pagamento e fatura da sua empresa. Você entra no Stripe, permite o acesso e o Stripe traz você de volta para cá.',
  'stripe.dataHeading': 'Dados que serão sincronizados',
  'stripe.dataIntro': 'Estas tabelas do Stripe são sincronizadas após a conexão:',
  'stripe.table.customers': 'Clientes',
  'stripe.table.charges': 'Cobranças',
  'stripe.table.coupons': 'Cupons',
  'stripe.table.invoices': 'Faturas',
  'stripe.table.plans': 'Planos',
  'stripe.table.subscriptions': 'Assinaturas',
  'stripe.table.events': 'Eventos',
  'stripe.readOnly': 'O acesso é somente leitura: nada na sua conta do Stripe é alterado.',
  'stripe.connect': 'Conectar com o Stripe',
  'stripe.redirecting': 'Redirecionando para o Stripe…',
  'stripe.startError': 'Não foi possível iniciar a conexão com o Stripe.',

  'authorization.urlRefused':
    'O servidor enviou um endereço de autorização em {host}, que não é um host de autorização permitido. O widget não foi para lá.',
  'authorization.storageFailed':
    'Este navegador não quis guardar a conexão em andamento (o armazenamento está cheio ou desativado, como em algumas janelas privativas), então não saiu desta página. Permita que este site armazene dados e tente novamente.',

  'callback.verifying': 'Concluindo a conexão…',
  'callback.failedTitle': 'A conexão não foi concluída',
  'callback.denied': 'O acesso não foi concedido, então nenhuma fonte de dados foi adicionada.',
  'callback.tampered':
    'Esta resposta de autorização não corresponde a uma conexão iniciada neste navegador, então foi ignorada. Nenhuma fonte de dados foi adicionada.',
  'callback.expired': 'A autorização demorou demais e expirou. Inicie a conexão novamente.',
  'callback.used':
    'Esta autorização já foi usada, talvez em outra aba, onde a conexão pode ter sido concluída. Confira suas fontes de dados antes de começar de novo.',
  'callback.usedConnected':
    'Esta autorização já foi usada, talvez em outra aba, e a fonte de dados {name} está conectada: a conexão provavelmente foi concluída lá. Confira a lista antes de começar de novo.',
  'callback.scope_not_allowed':
    'A conta concedeu mais do que acesso somente leitura, por isso a conexão foi recusada e esse acesso foi revogado. Nenhuma fonte de dados foi adicionada. Comece de novo e conceda acesso somente leitura.',
  'callback.code_invalid':
    'O código de autorização foi recusado: ele expirou ou já foi usado. Inicie a conexão novamente.',
  'callback.incomplete': 'A resposta que voltou está incompleta, então nenhuma fonte de dados foi adicionada.',
  'callback.startAgain': 'Começar de novo',
  'callback.provider_error':
    'O serviço em que você entrou não conseguiu concluir a autorização, então nenhuma fonte de dados foi adicionada.',
  'callback.completeError': 'O servidor não conseguiu concluir a conexão.',

  'banner.title': 'Conexão bem-sucedida!',
  'banner.added': '{name} foi adicionada às suas fontes de dados.',
  'banner.reconnected': '{name} foi autorizada novamente.',
  'banner.dismiss': 'Dispensar',
} as const satisfies Messages;
