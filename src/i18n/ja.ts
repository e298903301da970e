import type { Messages } from './en';

export const ja = {
  // Role gate
  'gate.requiresAdmin': '管理者権限が必要です',
  'gate.detail': 'データソースの管理は、アカウントの管理者に依頼してください。',

  // Shared actions and states
  'common.retry': '再試行',
  'common.retrying': '再試行しています…',
  'common.cancel': 'キャンセル',
  'common.backToConnections': '接続ページに戻る',

  // Errors, by ConnectionsApiError kind
  'error.network': 'サーバーに接続できませんでした。ネットワークの状態を確認して、もう一度お試しください。',
  'error.timeout': 'サーバーの応答がタイムアウトしました。もう一度お試しください。',
  'error.bad_request': 'サーバーがリクエストを拒否しました。',
  'error.unauthorized': 'セッションが終了しました。もう一度ログインしてから、再試行してください。',
  'error.forbidden': '管理者権限が必要です',
  'error.not_found': 'この項目はすでに存在しません。ページを再読み込みして、最新の一覧を表示してください。',
  'error.conflict': 'この項目は別の操作で変更されました。ページを再読み込みして、もう一度お試しください。',
  'error.rate_limited': 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',
  'error.server': 'サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。',
  'error.invalid_response': 'サーバーから、ウィジェットが解釈できない応答が返されました。',
  'error.unknown': '問題が発生しました。',

  // Widget: a failure no page handled (shown instead of the page, with Try again)
  'widget.failed': '接続ページを表示できませんでした。',

  // Connections page
  'connections.heading': '接続',
  'connections.add': 'データソースを追加',

  // Data Sources table
  'dataSources.title': 'データソース',
  'dataSources.column.name': '名前',
  'dataSources.column.connection': '接続',
  'dataSources.column.status': 'ステータス',
  'dataSources.column.lastConnectionStarted': '最終接続の開始',
  'dataSources.column.lastConnectionDuration': '最終接続の所要時間',
  'dataSources.column.action': '操作',
  'dataSources.status.success': '成功',
  'dataSources.status.syncing': '同期中',
  'dataSources.status.needs_reauthorization': '再認証が必要',
  'dataSources.status.error': 'エラー',
  'dataSources.loading': 'データソースを読み込んでいます…',
  'dataSources.loadError': 'データソースを読み込めませんでした。',
  'dataSources.empty': 'データソースはまだありません。追加すると、データの同期を開始できます。',
  'dataSources.never': '未実行',
  'dataSources.noDuration': '未完了',
  'dataSources.delete': '削除',
  'dataSources.deleteLabel': '{name}を削除',
  'dataSources.reconnect': '再接続',
  'dataSources.reconnectLabel': '{name}を再接続',
  'dataSources.reconnectError': '{name}の再認証を開始できませんでした。',
  'dataSources.deleted': '{name}を削除しました。',
  'dataSources.search': 'データソースを検索',
  'dataSources.filter.status': 'ステータス',
  'dataSources.filter.allStatuses': 'すべてのステータス',
  'dataSources.filter.needsAttention': '要対応',
  'dataSources.noMatches': '検索条件とフィルターに一致するデータソースはありません。',
  'dataSources.clearFilters': '検索とフィルターをクリア',
  'dataSources.resultCount.one': '{count}件のデータソースが見つかりました。',
  'dataSources.resultCount.other': '{count}件のデータソースが見つかりました。',
  'dataSources.loadingMore': 'さらにデータソースを読み込んでいます…',
  'dataSources.loadMoreError': '続きのデータソースを読み込めませんでした。',
  'dataSources.statusReason.access_revoked':
    'プロバイダー側でアクセスが取り消されたか、アプリがアンインストールされました。',
  'dataSources.statusReason.refresh_refused': 'プロバイダーがアクセスの更新を停止しました。',
  'dataSources.statusReason.sync_failed': '前回の同期に失敗しました。',
  'dataSources.statusReason.token_unreadable': '保存されたアクセス情報を読み取れなくなりました。',

  // Delete confirmation
  'deleteDialog.title': '{name}を削除しますか？',
  'deleteDialog.body':
    'このデータソースの同期は停止され、アクセス権は取り消されます。同期済みのデータは削除されません。',
  'deleteDialog.confirm': 'データソースを削除',
  'deleteDialog.deleting': '削除しています…',
  'deleteDialog.error': 'データソースを削除できませんでした。',

  // Add a Data Source picker
  'picker.heading': 'データソースを追加',
  'picker.search': '連携サービスを検索',
  'picker.noResults': '「{query}」に一致する連携サービスはありません。',
  'picker.loading': '連携サービスを読み込んでいます…',
  'picker.loadError': '連携サービスを読み込めませんでした。',
  'picker.empty': 'お使いのアカウントで利用できる連携サービスはまだありません。',
  'picker.resultCount.one': '{count}件の連携サービスが見つかりました。',
  'picker.resultCount.other': '{count}件の連携サービスが見つかりました。',
  'picker.category.saas': 'SaaS連携サービス',
  'picker.category.database': 'データベース',
  'picker.category.file': 'ファイル',

  // Integration page for integrations the widget cannot connect itself
  'integration.heading': 'データソースを追加',
  'integration.loading': '連携サービスを読み込んでいます…',
  'integration.loadError': '連携サービスを読み込めませんでした。',
  'integration.unavailable': '{name}は、まだこのページから接続できません。',
  'integration.notFound': 'この連携サービスは、お使いのアカウントでは利用できません。',

  // Stripe authorization page
  'stripe.heading': 'Stripeを接続',
  'stripe.logo': 'Stripe',
  'stripe.loading': 'お使いのアカウントでStripeを利用できるか確認しています…',
  'stripe.loadError': 'お使いのアカウントでStripeを利用できるか確認できませんでした。',
  'stripe.notEnabled': 'お使いのアカウントではStripeを利用できません。',
  'stripe.intro':
    'Stripeでは、会社の支払いや請求書のデータを管理・追跡できます。Stripeにログインしてアクセスを許可すると、Stripeからこのページに戻ります。',
  'stripe.dataHeading': '同期されるデータ',
  'stripe.dataIntro': '接続後、次のStripeテーブルが同期されます：',
  'stripe.table.customers': '顧客',
  'stripe.table.charges': '支払い',
  'stripe.table.coupons': 'クーポン',
  'stripe.table.invoices': '請求書',
  'stripe.table.plans': 'プラン',
  'stripe.table.subscriptions': 'サブスクリプション',
  'stripe.table.events': 'イベント',
  'stripe.readOnly': 'アクセスは読み取り専用です。Stripeアカウント内のデータが変更されることはありません。',
  'stripe.connect': 'Stripeと接続',
  'stripe.redirecting': 'Stripeに移動しています…',
  'stripe.startError': 'Stripeとの接続を開始できませんでした。',
  'stripe.opening': 'Stripeを開いています…',
  'stripe.showPopup': 'Stripeのウィンドウを表示',

  // Why an authorization (Connect with Stripe, or a Reconnect) did not leave the page
  'authorization.urlRefused':
    'サーバーから{host}上の認証アドレスが送られてきましたが、このホストは許可された認証ホストではありません。そのため、ウィジェットはこのアドレスに移動しませんでした。',
  'authorization.storageFailed':
    'このブラウザーでは進行中の接続を保存できなかったため、このページから移動しませんでした（一部のプライベートウィンドウのように、ストレージがいっぱいか無効になっています）。このサイトにデータの保存を許可してから、もう一度お試しください。',
  'authorization.popupOpen':
    'サインインページは別のウィンドウで開いています。そちらで手続きを完了してください。このページは自動的に更新されます。',
  'authorization.popupBlocked':
    'ブラウザーがサインイン用のウィンドウをブロックしました。このサイトのポップアップウィンドウを許可してもう一度お試しいただくか、このタブで続行してください。',
  'authorization.continueInThisTab': 'このタブで続行',
  'authorization.continuing': 'このタブで続行しています…',

  // Return from the provider
  'callback.verifying': '接続を完了しています…',
  'callback.failedTitle': '接続を完了できませんでした',
  'callback.denied': 'アクセスが許可されなかったため、データソースは追加されませんでした。',
  'callback.tampered':
    'この認証応答は、このブラウザーで開始された接続と一致しないため、無視されました。データソースは追加されていません。',
  'callback.expired': '認証に時間がかかりすぎたため、有効期限が切れました。もう一度接続を開始してください。',
  'callback.used':
    'この認証はすでに使用されています。別のタブで使用され、そちらで接続が完了している可能性があります。やり直す前に、データソースを確認してください。',
  'callback.usedConnected':
    'この認証はすでに使用されています（別のタブで使用された可能性があります）。データソースでは{name}が接続済みのため、接続はおそらくそちらで完了しています。やり直す前に、一覧を確認してください。',
  'callback.scope_not_allowed':
    'アカウントで読み取り専用を超えるアクセスが許可されたため、接続は拒否され、そのアクセス権は取り消されました。データソースは追加されていません。もう一度やり直し、読み取り専用のアクセスを許可してください。',
  'callback.code_invalid':
    '認証コードが拒否されました。有効期限が切れているか、すでに使用されています。もう一度接続を開始してください。',
  'callback.incomplete': '返された応答が不完全なため、データソースは追加されませんでした。',
  'callback.startAgain': 'やり直す',
  'callback.provider_error': 'ログインしたサービスで認証を完了できなかったため、データソースは追加されませんでした。',
  'callback.completeError': 'サーバーで接続を完了できませんでした。',
  'callback.handedOver': 'このウィンドウを開いたウィンドウで接続を完了しています…',
  'callback.handedOverClose': 'このウィンドウは自動的に閉じます。開いたままの場合は、閉じてかまいません。',

  // Success banner
  'banner.title': '接続に成功しました！',
  'banner.added': '{name}をデータソースに追加しました。',
  'banner.reconnected': '{name}を再認証しました。',
  'banner.dismiss': '閉じる',
} as const satisfies Messages;
