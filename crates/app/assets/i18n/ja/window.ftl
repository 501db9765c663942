# Waymark のウィンドウ(メニュー、コマンド、インスペクター、ダイアログ、通知)— 日本語
# メッセージ ID は英語版 (en/window.ftl) と同じです。docs/translating.md を参照してください。
# 用語: map = マップ、card = カード、stage = ステージ、lane = レーン、persona = ペルソナ

## メニュー

group-file = ファイル
group-edit = 編集
group-select = 選択
group-map = マップ
group-view = 表示
group-help = ヘルプ

menu-undo-what = 元に戻す: { $what }
menu-redo-what = やり直す: { $what }
menu-save-automatically-on = ✔ 自動保存
menu-new-from-template = テンプレートから新規作成
menu-open-recent = 最近使ったファイル
menu-no-recent = 最近使ったファイルはありません
menu-clear-recent = 履歴を消去

## コマンド

cmd-new = 新規…
cmd-new-tip = テンプレートから新しいジャーニーマップを作成します
cmd-open = 開く…
cmd-open-tip = プロジェクトファイルを開きます
cmd-save = 保存
cmd-save-tip = プロジェクトを保存します
cmd-save-as = 名前を付けて保存…
cmd-save-as-tip = プロジェクトを別の名前で保存します
cmd-save-automatically = 自動保存
cmd-save-automatically-tip = 変更のたびに 2 秒後にこのファイルを自動で保存し、ファイルを共有している同僚に編集内容が届くようにします
cmd-import-csv = CSV/Mermaid から読み込む…
cmd-import-csv-tip = ステージとレーンの CSV グリッド (.csv) または Mermaid ジャーニー (.mmd) からマップを作成します
cmd-import-metrics = 指標の値を読み込む…
cmd-import-metrics-tip = ステージ・指標・値(任意で単位・目標・方向 higher/lower)の CSV を、選択中の指標レーン(なければマップの最初の指標レーン)に読み込みます
cmd-notes-panel = レビューコメント
cmd-notes-panel-tip = 未解決のレビューコメント一覧を表示/非表示にします。クリックするとそのカードを選択します
cmd-export = 書き出し…
cmd-export-tip = マップを PNG、SVG、PDF(ページ分割)、PPTX スライド、HTML ビューアー、CSV、Mermaid として書き出します
cmd-settings = 設定…
cmd-settings-tip = 名前、新規プロジェクト、書き出しの既定値、復元、テーマ
cmd-language = 表示言語…
cmd-language-tip = ウィンドウのメニュー・パネル・メッセージの言語(設定)
cmd-quit = 終了
cmd-quit-tip = Waymark を閉じます
cmd-undo = 元に戻す
cmd-undo-tip = 直前の変更を取り消します
cmd-redo = やり直す
cmd-redo-tip = 取り消した変更をやり直します
cmd-cut = 切り取り
cmd-cut-tip = 選択中のカードを切り取ります
cmd-copy = コピー
cmd-copy-tip = 選択中のカードをコピーします
cmd-paste = 貼り付け
cmd-paste-tip = 選択中のセルにカード(またはテキストを新しいカードとして)貼り付けます
cmd-duplicate = 複製
cmd-duplicate-tip = 選択中のカードを複製します
cmd-delete = 削除
cmd-delete-tip = 選択中のカード、ステージ、レーンを削除します
cmd-select-all = すべてのカードを選択
cmd-select-all-tip = マップ上のすべてのカードを選択します
cmd-edit-title = タイトルを編集
cmd-edit-title-tip = 選択中のカードのタイトルを編集するか、選択中のステージやレーンの名前をその場で変更します。セルを選択しているときは、そこにカードを追加します
cmd-add-card-after = 後ろにカードを追加
cmd-add-card-after-tip = 選択中のカードの後ろ(または選択中のセル)にカードを追加し、タイトルを編集します
cmd-add-stage = ステージを追加
cmd-add-stage-tip = 選択中のステージ、または選択中のカードやセルがあるステージの後ろ(なければ末尾)にステージを追加します
cmd-add-lane = レーンを追加
cmd-add-lane-tip = 選択中のレーン、または選択中のカードやセルがあるレーンの下(なければ最下部)にレーンを追加します
cmd-draw-arrow = ここから矢印を引く
cmd-draw-arrow-tip = 選択中のカードから矢印を引きます。続けてカードをクリックするか、矢印キーで選んで Enter を押します
cmd-select-left = 左を選択
cmd-select-left-tip = 左隣のカードを選択します
cmd-select-right = 右を選択
cmd-select-right-tip = 右隣のカードを選択します
cmd-select-up = 上を選択
cmd-select-up-tip = 上のカード(またはステージ見出し)を選択します
cmd-select-down = 下を選択
cmd-select-down-tip = 下のカードを選択します
cmd-next-card = 次のカード
cmd-next-card-tip = 読む順で次のカードを選択します
cmd-previous-card = 前のカード
cmd-previous-card-tip = 読む順で前のカードを選択します
cmd-move-left = 左へ移動
cmd-move-left-tip = 選択中のカード(または選択中のステージ)を 1 ステージ左へ移動します
cmd-move-right = 右へ移動
cmd-move-right-tip = 選択中のカード(または選択中のステージ)を 1 ステージ右へ移動します
cmd-move-up = 上へ移動
cmd-move-up-tip = 選択中のカード(または選択中のレーン)を 1 レーン上へ移動します
cmd-move-down = 下へ移動
cmd-move-down-tip = 選択中のカード(または選択中のレーン)を 1 レーン下へ移動します
cmd-context-menu = コンテキストメニュー
cmd-context-menu-tip = 選択中の項目でできる操作を表示します
cmd-find = 検索…
cmd-find-tip = テキストでカードを検索します
cmd-find-next = 次を検索
cmd-find-next-tip = 次に見つかったカードを選択します
cmd-find-previous = 前を検索
cmd-find-previous-tip = 前に見つかったカードを選択します
cmd-zoom-in = 拡大
cmd-zoom-in-tip = 拡大します
cmd-add-map = マップを追加
cmd-add-map-tip = 空のマップ(ステージとレーンだけのもの)をプロジェクトに追加し、名前を付けます
cmd-start-future-state = あるべき姿を作成
cmd-start-future-state-tip = このマップを、ジャーニーのあるべき姿(To-Be)としてコピーします(レビューコメントは除く)
future-title = あるべき姿を作成
future-what = このマップをコピーし、ジャーニーのあるべき姿として印を付けます。自由に変更でき、表示 → 比較… で変更点を確認できます。
future-keep-notes = レビューコメントもコピーする
future-keep-notes-tip = コメントは現状のジャーニーについてのものです。あるべき姿はコメントなしで始めるのが一般的です
future-keep-scores = 感情スコアを残す
future-keep-scores-tip = 外すと、あるべきジャーニーでどう感じてほしいかをカードごとに付け直せます
future-start = 作成
future-cancel = キャンセル
cmd-duplicate-map = マップを複製
cmd-duplicate-map-tip = このマップをプロジェクトの新しいマップとしてコピーします
cmd-rename-map = マップ名を変更…
cmd-rename-map-tip = 表示中のマップに新しい名前を付けます
cmd-delete-map = マップを削除
cmd-delete-map-tip = 表示中のマップを削除します(「元に戻す」で復元できます)
cmd-next-map = 次のマップ
cmd-next-map-tip = プロジェクトの次のマップを表示します
cmd-previous-map = 前のマップ
cmd-previous-map-tip = プロジェクトの前のマップを表示します
cmd-open-linked-map = リンク先のマップを開く
cmd-open-linked-map-tip = 選択中のカードが開くマップ(サブジャーニー)を表示します。上のバーから戻れます
trail-back = ← 「{ $name }」に戻る
trail-back-tip = 元のマップに戻ります
context-open-map = 「{ $name }」を開く
cmd-zoom-out = 縮小
cmd-zoom-out-tip = 縮小します
cmd-actual-size = 実際のサイズ
cmd-actual-size-tip = 100% で表示します
cmd-fit-map = 全体を表示
cmd-fit-map-tip = マップ全体を表示します
cmd-zoom-to-selection = 選択範囲にズーム
cmd-zoom-to-selection-tip = 選択中のカード、ステージ、レーンを収まる限り大きく表示します
cmd-compare = 比較…
cmd-compare-tip = このマップを、別のマップ、別のファイル、またはバックアップと比較します
cmd-conflicts = マージの競合…
cmd-conflicts-tip = ファイルに残っているマージの競合を一覧にし、それぞれどちらを採用するか選びます
cmd-present = プレゼンテーション
cmd-present-tip = マップを全画面で 1 ステージずつ表示します。矢印キーでステージとマップを移動し、Esc で戻ります
cmd-command-palette = コマンドパレット…
cmd-command-palette-tip = すべてのコマンドを名前で検索します
cmd-shortcuts = キーボードショートカット
cmd-shortcuts-tip = すべてのコマンドとそのキーを表示します
cmd-about = Waymark について
cmd-about-tip = バージョンと、バックアップの保存場所

## キーボードショートカットと「Waymark について」

key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
keys-or = {" または "}
shortcuts-title = キーボードショートカット
shortcuts-mouse = マウス: カードはドラッグでセル間を移動、Alt を押しながらカードからドラッグで矢印、セルをダブルクリックでカードを追加、見出しをダブルクリックで名前を変更、右クリックでメニュー。スクロールまたは中ボタンのドラッグで移動、Ctrl+ホイールでズーム。
shortcuts-menu-only = メニューのみ
about-version = Waymark { $version }
about-what = カスタマージャーニーマップのためのデスクトップエディター
about-backups = バックアップ(保存した各ファイルの直近の版):
about-recovery = 未保存の作業の復元用コピー:
about-data = 最近使ったファイルと設定:
about-no-data = このウィンドウはバックアップも復元用コピーも作成しません(データフォルダーがありません)。

## マップのタブ、読み取り専用バー、ステータスバー

tabs-unsaved = 未保存の変更
tabs-unsaved-tip = 未保存の変更があります(Ctrl+S で保存)
tabs-map = マップ { $name }
read-only-save-copy = コピーを保存…
status-cards-selected = { $count } 枚のカードを選択中
status-stage-selected = ステージを選択中
status-lane-selected = レーンを選択中
status-arrow-selected = 矢印を選択中
status-drawing-arrow = 矢印を引いています: 行き先のカードをクリックするか、矢印キーで選んで Enter を押します(Esc で中止)
status-other-since = { $name }({ $when } から)
status-also-open = 同時に開いている人: { $names }
status-also-open-tip = この人たちは自分のコンピューターの Waymark でこのファイルを開いています。保存した内容は自動でここに届きます。
status-merging = 同僚の変更を取り込んでいます…
status-missing-glyphs-tip = これらの文字を含むフォントをインストールしてください。`waymark check ファイル` ですべての箇所を一覧できます
status-show-card = カードを表示
status-show-card-tip = このような文字を含む最初のカードを選択します
status-fit = 全体
status-fit-tip = マップをウィンドウに合わせます(Ctrl+0)
status-zoom-level = 表示倍率
status-preparing-text = カードのテキストを準備中…
list-separator = 、
notice-font-missing = フォント { $name } はこのコンピューターにインストールされていません。マップには Inter を使います
notice-chars-missing = { $chars } を表示できるフォントがインストールされていません
notice-chars-missing-more = { $chars } などを表示できるフォントがインストールされていません

## 種類の名前

lane-kind-cards = カード
lane-kind-emotion = 感情曲線
lane-kind-channels = チャネル
lane-kind-images = 画像
lane-kind-text = テキスト
lane-kind-metrics = 指標
lane-kind-line = ブループリントの線
channel-web = Web
channel-app = アプリ
channel-email = メール
channel-store = 店舗
channel-phone = 電話
channel-social = SNS
channel-ads = 広告
channel-word-of-mouth = 口コミ
channel-chat = チャット
channel-other = その他
flag-pain-point = ペインポイント
flag-opportunity = 機会
flag-moment-of-truth = 真実の瞬間
unit-percent = パーセント
unit-number = 数値
unit-currency = 金額
unit-score = スコア
unit-seconds = 秒
unit-minutes = 分
unit-hours = 時間
unit-days = 日
unit-custom = カスタム…
better-higher = 高いほど良い
better-lower = 低いほど良い
chart-bars = 棒グラフ
chart-line = 折れ線
chart-funnel = ファネル
page-letter = レター
page-tabloid = タブロイド
page-slide = スライド 16:9

## コンテキストメニュー

context-add-stage-before = 前にステージを挿入
context-add-stage-after = 後ろにステージを挿入
context-new-stage = 新しいステージ
context-delete-stage = ステージを削除
context-add-lane-above = 上にレーンを挿入
context-add-lane-below = 下にレーンを挿入
context-new-lane = 新しいレーン
context-delete-lane = レーンを削除
context-add-card-here = ここにカードを追加
context-paste-here = ここに貼り付け
context-edit-label = ラベルを編集
context-delete-arrow = 矢印を削除
context-rename = 名前を変更
context-lane-kind = レーンの種類
context-colour = 色

## 通知

notice-dismiss-message = メッセージを閉じる
notice-dismiss = 閉じる
notice-show = 表示
notice-merge-it = マージする
notice-put-away-copy = コピーをバックアップへ移動

## レビューコメント

notes-hide = 隠す(Ctrl+Shift+N)
notes-none = 未解決のコメントはありません。カードを選択し、インスペクターでコメントを追加できます。
notes-open = 未解決のコメント { $count } 件
notes-replies = 返信 { $count } 件

## コマンドパレット

palette-title = コマンドパレット
palette-hint = コマンドを入力…
palette-search = コマンドを検索
palette-no-match = 一致するコマンドはありません
palette-go-to-map = マップ: 「{ $name }」へ移動
palette-go-to-map-tip = プロジェクトのこのマップを表示します
palette-go-to-map-words = マップへ移動 { $name }

## 検索バー

find-label = 検索
find-hint = タイトル、本文、タグ、担当者、指標
find-cards = カードを検索
find-no-matches = 見つかりません
find-n-of-total = { $n } / { $total }
find-found = { $count } 件
find-previous = 前の候補(Shift+Enter)
find-next = 次の候補(Enter)
find-all-maps = すべてのマップ
find-close = 検索バーを閉じる(Esc)

## テンプレート

template-standard = 標準的な 5 ステージのジャーニー
template-blank = 空のマップ
template-b2b = B2B の購買
template-service-blueprint = サービスブループリント
template-ecommerce = EC サイト
template-day-in-the-life = ある一日
template-healthcare = 患者ジャーニー
template-saas-onboarding = SaaS オンボーディング
template-public-service = 行政サービス
template-hotel-stay = ホテル滞在
template-employee-onboarding = 入社オンボーディング
template-standard-about = 認知から推奨までの 5 ステージと基本のレーン。中身は空です。
template-blank-about = ステージ 3 つとレーン 1 つ。構成は自由に作れます。
template-b2b-about = 購買チームが課題に気づいてから契約更新までのジャーニー。
template-service-blueprint-about = 顧客の行動と、フロントステージ・バックステージ・支援プロセス。
template-ecommerce-about = 発見・閲覧・購入・配送・返品。コンバージョンファネル付き。
template-day-in-the-life-about = ある人の 1 日を時間ごとにたどり、大切な瞬間を見つけます。
template-healthcare-about = かかりつけ医の紹介状から検査結果まで、初めての外来受診。待ち時間付き。
template-saas-onboarding-about = 登録から購入までのトライアル。アクティベーションのファネル付き。
template-public-service-about = 給付の申請:情報収集、受給資格、書類提出、決定、支給まで。
template-hotel-stay-about = 出張者のホテル滞在。予約からレビューまで。
template-employee-onboarding-about = 内定から職場になじむまで、新入社員の最初の 90 日。
gallery-title = テンプレートから新規作成
gallery-create = 作成
gallery-cancel = キャンセル
gallery-hint = ダブルクリックか Enter キーで、選択したテンプレートから始めます。

## ファイルについての通知

notice-opened = { $path } を開きました
notice-saved = { $path } を保存しました
notice-saved-without-backup = 保存しましたが、以前の版をバックアップできませんでした: { $error }
notice-reloaded = { $path } を読み込み直しました
notice-new-from-template = テンプレート「{ $name }」から新しいプロジェクトを作成しました
notice-imported = { $path } を読み込みました。プロジェクトとして保存してください
notice-restored = 未保存の変更を復元しました。残すには保存してください
notice-file-gone = { $path } は削除または移動されました。マップはここに残っています。「名前を付けて保存」で保存してください。
notice-disk-unreadable = ディスク上の { $path } が 10 秒間 Waymark プロジェクトとして読み取れません({ $error })。ここにあるマップは変わっていません。保存すると書き直されます。
notice-newer-on-disk = 同僚が新しいバージョンの Waymark(形式バージョン { $version })でこのファイルを保存したため、ここでは読み取り専用です。手元の版を残すにはコピーを保存してください。
notice-offer-automatic = { $name } さんもこのファイルを開いています。自動保存にして、お互いの変更が数秒で届くようにしますか?
notice-copy-merged = 競合コピーをマージしました。{ $what }
notice-copy-put-away = 競合コピーをバックアップへ移動しました(「比較…」で表示できます)
notice-no-recovery-copy = 復元用コピーを保存できません: { $error }
notice-merged-with-unsaved = { $what }(未保存の変更とマージ済み)
notice-conflicts-to-settle = { $what }。解決が必要な競合が { $count } 件あります。両方の版が残っているので、一覧でどちらかを選んでください。
notice-own-file-dialog = このコンピューターにはシステムのファイルダイアログがないため、Waymark 独自のものを表示します。
notice-dialog-failed = ファイルダイアログを表示できませんでした: { $error }。
notice-save-dialog-failed = 保存ダイアログを表示できませんでした: { $error }。何も保存されていません。
compare-before-whose = { $name } さんの変更前
compare-before-disk = ディスク上の変更前

## 確認ダイアログ

prompt-unsaved-closing = 閉じる前に { $name } への変更を保存しますか?
prompt-unsaved-going-on = 続ける前に { $name } への変更を保存しますか?
prompt-unsaved-text = 保存しないと、変更は失われます。
prompt-changed-on-save = { $name } は別のプログラムによって変更されました
prompt-changed-on-save-text = ファイルを開いた後に、ディスク上のファイルが変更されました。今保存すると、その変更はこちらの内容で置き換えられます。
prompt-changed-on-disk = ディスク上の { $name } が変更されました
prompt-changed-on-disk-text = ファイルを開いた後に、ディスク上のファイルが変更されました。
prompt-changed-on-disk-dirty-text = ファイルを開いた後に、ディスク上のファイルが変更されました。読み込み直すと、ここでの未保存の変更は失われます。
prompt-untitled = 無題のプロジェクト「{ $title }」
prompt-recover = 未保存の変更を復元しますか?
prompt-recover-text = Waymark は正常に終了しませんでした。{ $file } への未保存の変更({ $when })が保管されています。
answer-discard = 破棄
answer-dont-save = 保存しない
answer-overwrite = 上書き
answer-reload-from-disk = ディスクから読み込み直す
answer-reload = 読み込み直す
answer-restore = 復元
answer-later = 後で
answer-keep-this-version = この版を残す
answer-cancel = キャンセル

## 経過時間

time-just-now = 1 分以内
time-minutes-ago = { $count } 分前
time-hours-ago = { $count } 時間前
time-yesterday = 昨日
time-days-ago = { $count } 日前
colour-blue = 青
colour-yellow = 黄
colour-purple = 紫
colour-red = 赤
colour-green = 緑
colour-orange = オレンジ
colour-grey = グレー
colour-white = 白

## インスペクター

inspector-hint = セルをダブルクリックするとカードを追加できます。カードはドラッグでセル間を移動、ステージやレーンの見出しはドラッグで並べ替えます。項目を選択すると、ここで編集できます。
inspector-auto = 自動
inspector-colour-automatic = { $name }: 自動
inspector-colour-named = { $name }: { $colour }
inspector-card = カード
inspector-title = タイトル
inspector-body = 本文
inspector-channel = チャネル
inspector-none = なし
inspector-mixed = 混在
inspector-emotion = 感情
inspector-scored = スコアあり
inspector-score = スコア
inspector-give-score = スコアを付けると、このカードが曲線上に置かれます。
inspector-scores-only-emotion = スコアが曲線に表示されるのは感情レーンの中だけです。
inspector-flags = フラグ
inspector-tags = タグ(カンマ区切り)
inspector-owner = 担当者
inspector-metric = 指標
inspector-opens = 開くマップ
inspector-opens-tip = このカードが開く、プロジェクト内の別のマップ(例:あるステージの詳細なジャーニー)。カードにその名前のチップが付きます(Ctrl+クリックで開く)
inspector-opens-go = 開く
inspector-change-picture = 画像を変更…
inspector-add-picture = 画像を追加…
inspector-remove-picture = 画像を削除
inspector-delete = 削除
inspector-n-cards = { $count } 枚のカード
inspector-applies-to-all = ここでの変更は、選択中のすべてのカードに適用されます。
inspector-tags-differ = タグがカードごとに異なります。ここに入力すると、すべてのカードのタグが置き換わります。
inspector-owners-differ = 担当者がカードごとに異なります。ここに入力すると、全員に同じ担当者が設定されます。
inspector-stage = ステージ
inspector-lane = レーン
inspector-name = 名前
inspector-description = 説明
inspector-stage-colour = ステージの色
inspector-kind = 種類
inspector-card-colour = カードの色
inspector-map-counts = ステージ { $stages } · レーン { $lanes } · カード { $cards }
inspector-map-name = マップ名
inspector-current-state = 現状
inspector-future-state = あるべき姿
inspector-scenario = シナリオ
inspector-expectations = 期待
inspector-project = プロジェクト
inspector-project-title = プロジェクト名
inspector-channels = チャネル
inspector-channels-hint = 組み込みのチャネルに加えて独自のチャネル(受付、キオスクなど)を作れます。カードのチャネルで選びます。
inspector-add-channel = チャネルを追加
inspector-new-channel = 新しいチャネル
inspector-channel-name = チャネル名
inspector-channel-icon = アイコン: { $icon }
inspector-channel-pick-icon = アイコンを選ぶ
inspector-delete-channel = チャネルを削除
inspector-delete-channel-tip = チャネルを削除します。このチャネルのカードはチャネルなしになります
icon-search = アイコンを検索
icon-search-hint = hospital、reception、phone…(英語名)
icon-none-found = その名前のアイコンはありません
inspector-card-icon = アイコン
inspector-card-pick-icon = カードのアイコンを選ぶ
inspector-card-icon-named = カードのアイコン: { $icon }
inspector-card-no-icon = アイコンなし
inspector-map-font = マップのフォント
inspector-font-missing = 「{ $name }」はこのコンピューターにインストールされていないため、マップには Inter を使います。インストールするか、別のフォントを選んでください。
inspector-map-language = マップの言語
inspector-map-language-what = Waymark がマップ上や書き出しに描く語句(シナリオ、ペインポイント、ページ番号など)と、数値や日付の書き方です。ウィンドウ自体の言語は「設定」で選びます。
inspector-language-automatic = 自動({ $name })
inspector-persona = ペルソナ: { $name }
inspector-persona-lead = ペルソナ: { $name }(メイン)
inspector-role = 役割
inspector-quote = 発言
inspector-goals = 目標(1 行に 1 つ)
inspector-needs = ニーズ(1 行に 1 つ)
inspector-frustrations = 不満(1 行に 1 つ)
inspector-change-photo = 写真を変更…
inspector-add-photo = 写真を追加…
inspector-remove-photo = 写真を削除
inspector-delete-persona = ペルソナを削除
inspector-delete-persona-tip = ペルソナをプロジェクトから(すべてのマップからも)削除します
inspector-personas = ペルソナ
inspector-lead = メイン
inspector-make-lead = メインのペルソナにする(そのスコアがカードの表情として表示されます)
inspector-take-off-map = { $name } をこのマップから外す
inspector-take-off-map-tip = このマップから外します(ペルソナはプロジェクトに残ります)
inspector-add-persona = ペルソナを追加…
inspector-new-persona = 新しいペルソナ
inspector-no-persona = ペルソナなし: マップの感情曲線は 1 本です。
inspector-curve-colour = 曲線の色
inspector-curve-colour-n = 曲線の色 { $n }
inspector-arrows = 矢印
inspector-draw-arrow-to = 矢印を引く先…
inspector-arrow-label = 矢印のラベル
inspector-arrow = 矢印
inspector-arrow-from = 「{ $title }」から
inspector-arrow-to = 「{ $title }」へ
inspector-label = ラベル
inspector-no-metrics = 指標はまだありません。追加するか、ステージ・指標・値の CSV を読み込んでください。
inspector-add-metric = 指標を追加
inspector-new-metric = 新しい指標
inspector-import-csv = CSV を読み込む…
inspector-import-csv-tip = 列が stage、metric、value(任意で unit、target、better)の CSV から値を読み込みます
inspector-metric-name = 指標名
inspector-value = 値
inspector-target = 目標
inspector-custom-unit = 単位名
inspector-better-tip = 目標値のどちら側が良いか。良い側の値は緑、反対側は赤で表示されます。
inspector-delete-metric = 指標を削除
inspector-notes = コメント
inspector-notes-open-of = コメント({ $total } 件中 { $count } 件が未解決)
inspector-note-resolved = · 解決済み
inspector-reply-hint = 返信…
inspector-reply = 返信
inspector-reopen = 再開
inspector-resolve = 解決
inspector-new-note = 新しいコメント
inspector-new-note-hint = { $name } としてコメントを追加…(Ctrl+Enter で追加)
inspector-add-note = コメントを追加

## 書き出しダイアログ

export-title = マップを書き出し
export-copy-image = 画像をコピー
export-copy-image-tip = マップを PNG 画像としてコピーし、スライドに貼り付けられるようにします
export-format = 形式
export-format-named = 形式 { $name }
export-scale = 倍率
export-width = 幅(ピクセル)
export-pixels = { $width } × { $height } px
export-transparent = 背景を透明にする
export-personas-page = マップの前にペルソナのページ
export-persona-strip = ペルソナ欄
export-persona-tip = マップのすべてのペルソナ(名前、役割、発言、目標、ニーズ、不満)と、シナリオおよび期待
export-notes-tip = 未解決のレビューコメントがあるカードに番号を付け、最後にコメントの一覧を載せます
export-notes-paged-tip = 未解決のレビューコメントがあるカードに番号を付け、最後のページにコメントを載せます
export-legend = 凡例
export-include-notes = コメントを含める
export-outlines = 文字をアウトライン化
export-outlines-tip = どこでも正確に表示されますが、テキストとしては編集できなくなります
export-svg-fonts = テキストは編集できるテキストのまま(Figma・Illustrator・Inkscape で)、マップのフォントがインストールされていればそのフォントで表示されます(Inter と、ほかの文字にはマップが使うフォント)。「文字をアウトライン化」にすると、どこでもまったく同じ見た目になります。
export-what = 書き出す範囲
export-whole-map = マップ全体
export-visible-area = 表示中の範囲
export-some-stages = 一部のステージ
export-stages-from = 開始
export-stages-to = 終了
export-plan-slides = タイトルスライドを含めて { $count } 枚
export-plan-pages-portrait = { $size } 縦 { $count } ページ
export-plan-pages-landscape = { $size } 横 { $count } ページ
export-plan-note = { $what } · カードの文字 { $size } pt
export-preview = 書き出しのプレビュー
export-updating-preview = プレビューを更新中…
export-pages = ページ
export-one-page = マップの大きさの 1 ページ
export-portrait = 縦向き
export-fit-page = マップ全体を 1 ページに収める
export-fit-page-tip = オフにすると、カードの文字が 9 pt 以上で印刷されるよう、マップをステージの境目で分割します
export-pptx-what = タイトルスライドの後に、編集できる図形とテキストで作った 16:9 のスライドでマップを載せます。カードの内容はスピーカーノートに入ります。
export-every-map = すべてのマップを 1 つのファイルに
export-every-map-tip = 各マップの前に区切りのスライドを入れます。オフにすると、上で選んだマップだけになります
export-fit-slide = マップ全体を 1 枚のスライドに収める
export-html-what = 共有用の 1 つのファイル: すべてのマップ、移動とズーム、クリックでカードの詳細。どのブラウザーでもオフラインで開けます。
export-over-limit = 書き出せません: { $what } が上限の { $limit } を超えています。範囲を絞るには、「書き出す範囲」で「一部のステージ」を選んでください。
export-over-limit-paged = 書き出せません: { $what } が上限の { $limit } を超えています。範囲を絞るには、「書き出す範囲」で「一部のステージ」を選ぶか、「マップ全体を 1 ページに収める」をオンにしてください。
export-cannot = 書き出せません: { $error }
export-exporting = { $name } を書き出し中
export-copying = マップを画像としてコピー中
export-failed = 書き出しに失敗しました: { $error }
export-map-gone = 書き出すマップがなくなりました。
export-cannot-write = 書き出しに失敗しました: { $error }
export-cannot-copy = 画像をコピーできません: { $error }
export-stopped = 書き出しが予期せず止まりました。もう一度お試しください。
export-cancelled = 書き出しを中止しました
export-unknown-format = { $path } の形式がわかりません。ファイル名を .png、.svg、.pdf、.pptx、.html、.csv、.mmd のいずれかで終えてください
export-done = { $path } を書き出しました
export-done-with-notes = { $path } を書き出しました: { $notes }
export-copied = マップを画像としてコピーしました
export-cancel = 書き出しを中止

## 設定

settings-title = 設定
settings-kept-in = 保存場所: { $path }
settings-kept-in-tip = データフォルダーには、最近使ったファイル、バックアップ、復元用コピーも入っています
settings-language = 表示言語
settings-language-system = システム({ $name })
settings-language-note = メニュー、パネル、メッセージの言語です。マップ上の語句は、各マップの言語(インスペクター)に従います。
settings-you = プロフィール
settings-your-name = 名前(レビューコメントに表示)
settings-your-name-short = 名前
settings-your-name-hint = 例: 山田 花子
settings-new-projects = 新規プロジェクト
settings-template-for-new = 「ファイル → 新規」のテンプレート
settings-template = テンプレート
settings-default-map-font = マップの既定のフォント
settings-export = 書き出し
settings-png-scale = PNG の倍率
settings-background = 背景
settings-transparent = 透明
settings-export-note = プロジェクトの最初の書き出しはこの設定から始まります。書き出しダイアログはプロジェクトごとの選択を覚えています。
settings-never-losing-work = 作業を失わないために
settings-recovery-every = 未保存の作業の復元用コピーの間隔
settings-seconds-suffix = {" 秒"}
settings-recovery-interval = 復元の間隔
settings-save-automatically = ファイルを自動保存する(変更のたびに 2 秒後)
settings-save-automatically-note = ファイルごとに「ファイル → 自動保存」で変えられます。共有フォルダーの同僚には、変更が数秒で届きます。
settings-appearance = 外観
settings-theme = テーマ
settings-system = システム
settings-light = ライト
settings-dark = ダーク
settings-dark-canvas = ダークモードではマップの周りを暗くする
settings-map-stays-light = マップ自体は明るいままです。マップは文書であり、書き出しもこの見た目になります。
settings-saved = 設定を保存しました
settings-window-only = 設定はこのウィンドウにだけ適用されます(データフォルダーがありません)
settings-not-saved = 設定を保存できませんでした: { $error }

## ファイルダイアログ

dialog-save-title = ジャーニーマップを保存
dialog-open-title = ジャーニーマップを開く
dialog-compare-title = ファイルと比較
compare-stacked = 上下に並べる…
compare-stacked-tip = 2 つのマップを上下に並べ(現状を上に)、ステージを名前でそろえ、変更点に印を付けます。確認して PNG・SVG・PDF・スライドに書き出せます
dialog-picture-title = 画像を選択
dialog-import-title = CSV グリッド/Mermaid ジャーニーを読み込む
dialog-metrics-title = 指標の値を読み込む
dialog-metrics-title-long = 指標の値を読み込む(stage、metric、value)
dialog-filter-project = Waymark プロジェクト
dialog-filter-pictures = 画像
dialog-filter-grid-or-mermaid = CSV グリッド/Mermaid ジャーニー
dialog-filter-png = PNG 画像
dialog-filter-svg = SVG 図版
dialog-filter-pdf = PDF 文書
dialog-filter-pptx = PowerPoint スライド
dialog-filter-html = HTML ビューアー
dialog-filter-csv = CSV 表形式グリッド
dialog-filter-mermaid = Mermaid ジャーニー

## ウィンドウのタイトル、空のウィンドウ、編集についての通知

title-read-only = { $name }(読み取り専用)
empty-window-hint = 「ファイル → 開く…」でプロジェクトを開くか、ここにファイルをドロップしてください。
notice-read-only = このファイルは読み取り専用です。変更するにはコピーを保存してください
notice-edit-failed = この変更はできませんでした: { $error }
notice-deleted-stage = { $count ->
    [0] ステージ「{ $name }」を削除しました
   *[other] ステージ「{ $name }」とカード { $count } 枚を削除しました
}
notice-deleted-lane = { $count ->
    [0] レーン「{ $name }」を削除しました
   *[other] レーン「{ $name }」とカード { $count } 枚を削除しました
}
notice-deleted-cards = カード { $count } 枚を削除しました
notice-drop-picture = 画像は、ストーリーボード(画像)レーンのカードかセルにドロップしてください
notice-not-a-picture = { $path } は画像として使えません: { $error }
notice-no-metrics-lane = このマップには指標レーンがありません。レーンを追加して種類を「指標」にしてから、値を読み込んでください。
notice-metrics-imported = { $path } から指標の値を読み込みました(指標 { $count } 件)
notice-metrics-failed = { $path } から指標の値を読み込めません: { $error }。レーンは変更されていません。
notice-autosave-on = このファイルは変更のたびに 2 秒後に自動で保存されます
notice-autosave-off = このファイルは自動で保存されなくなりました
notice-new-map = 新しいマップ
notice-no-arrow = 矢印は引かれませんでした

## Waymark 独自のファイル選択

chooser-cannot-list = { $path } の一覧を取得できません: { $error }。別のフォルダーを入力してください。
chooser-type-a-name = ファイル名(またはパス全体)を入力してください。
chooser-no-such-file = ファイル { $path } はありません。
chooser-no-such-folder = そのフォルダーはありません。
chooser-open = 開く
chooser-folder = フォルダー
chooser-up = 1 つ上のフォルダー
chooser-empty = 表示するものはありません。
chooser-file-name = ファイル名
chooser-file-name-hint = ファイル名、またはパス全体
chooser-replaces = 同じ名前のファイルがあります。保存すると置き換えられます。

## 比較

compare-failed = { $path } と比較できません: { $error }。別のファイルを選んでください。
compare-no-map = { $path } には比較できるマップがありません。
compare-with-title = 比較
compare-with = 表示中のマップの比較相手:
compare-another-map = このプロジェクトの別のマップ
compare-one-map = このプロジェクトのマップは 1 つです。「マップ → あるべき姿を作成」で 2 つ目を作れます。
compare-another-file = 別のファイル
compare-choose-file = ファイルを選択…
compare-a-backup = このファイルのバックアップ
compare-no-backups = バックアップはまだありません。ファイルに上書き保存するたびに 1 つ作られます。
compare-title = 比較
compare-close = 比較を閉じる
compare-from-to = 「{ $name }」からこのマップへ
compare-counts = カード: 追加 { $added } · 削除 { $removed } · 変更 { $changed } · 移動 { $moved }
compare-no-differences = 違いはありません。
compare-select-card = このカードを選択
compare-restore-tip = このカードを、もう一方の版の状態に戻します(元に戻せます)
compare-backup = バックアップ
compare-backup-from = バックアップ({ $when })

## マージの競合

conflicts-notice = このファイルには未解決のマージの競合が { $count } 件あります。どちらかを選ぶまでは、こちら側の内容が入っています。
conflicts-notice-by = このファイルには、二人の変更がぶつかった未解決の競合が { $count } 件あります。一覧でどちらかを選んでください。
conflicts-review = 競合を確認…
conflicts-title = マージの競合
conflicts-close = 一覧を閉じる
conflicts-what = 「こちら」はマージ先の版(今ファイルに入っている内容)、「相手」はマージされてきた版です。
conflicts-what-by = どちらかを選ぶまで、マップにはそれぞれ最初の版が表示されます。
conflicts-show = マップ上で表示
conflicts-delete-it = 削除する
conflicts-keep-it = 残す
conflicts-keep-ours = こちらを残す
conflicts-use-theirs = 相手を採用
conflicts-keep-by = { $name }さんの方を残す
conflicts-use-by = { $name }さんの方を採用
conflicts-ours-tip = こちら側で解決します(元に戻せます)
conflicts-theirs-tip = 相手側で解決します(元に戻せます)

## プレゼンテーション

present-stage = ステージ { $n } / { $total }: { $name }
present-stages = ステージ { $n }–{ $last } / { $total }: { $name } – { $lastname }
present-end = プレゼンテーションを終了
present-end-key = Esc
present-next = 次のステージ ›
present-next-keys = →、Space
present-previous = ‹ 前のステージ
present-per-view = + / − で一度に表示するステージ数

## キャンバス

canvas-label = マップのキャンバス
canvas-stage-named = ステージ { $name }
canvas-lane-named = レーン { $name }
# The map canvas for screen readers: a cell, how many cards it holds, an arrow, a card's feeling and notes.
a11y-cell = セル { $lane }、{ $stage }
a11y-cell-cards = { $count ->
    [0] 空
   *[other] カード { $count } 枚
}
a11y-arrow = { $from } から { $to } への矢印
a11y-feeling = 感情 { $scores }
a11y-notes = コメント { $count } 件
canvas-cell-hint = Enter キーかダブルクリックでカードを追加
canvas-card-title = カードのタイトル
canvas-stage-name = ステージ名
canvas-lane-name = レーン名
canvas-untitled-card = 無題のカード
canvas-add-card-to = { $stage } の { $lane } にカードを追加
canvas-empty-1 = このマップにはまだカードがありません。
canvas-empty-2 = セルをダブルクリック(またはセルを選んで Ctrl+Enter)でカードを追加します。
canvas-empty-3 = Alt+Shift+S でステージ、Alt+Shift+L でレーンを追加。見出しをダブルクリックで名前を変更します。
canvas-empty-4 = 右クリックでその他の操作、F1 ですべてのショートカットを表示します。
canvas-picture-unreadable = 画像を表示できません

## フォントの選択

font-bundled = { $name }(同梱)
font-search = フォントを検索

## 元に戻す操作の名前(編集 → 元に戻す: …)

undo-move-cards = カードの移動
undo-move-card = カードの移動
undo-add-picture = 画像の追加
undo-add-card = カードの追加
undo-edit-card = カードの編集
undo-delete = 削除
undo-duplicate = 複製
undo-paste = 貼り付け
undo-move-stage = ステージの移動
undo-move-lane = レーンの移動
undo-add-stage = ステージの追加
undo-add-lane = レーンの追加
undo-edit-stage = ステージの編集
undo-edit-lane = レーンの編集
undo-delete-stage = ステージの削除
undo-delete-lane = レーンの削除
undo-edit-map = マップの編集
undo-add-map = マップの追加
undo-start-future-state = あるべき姿の作成
undo-duplicate-map = マップの複製
undo-delete-map = マップの削除
undo-add-channel = チャネルの追加
undo-edit-channel = チャネルの編集
undo-delete-channel = チャネルの削除
undo-add-persona = ペルソナの追加
undo-edit-persona = ペルソナの編集
undo-delete-persona = ペルソナの削除
undo-set-photo = 写真の設定
undo-set-picture = 画像の設定
undo-link-cards = カードの接続
undo-edit-link = 矢印の編集
undo-delete-link = 矢印の削除
undo-rename-project = プロジェクト名の変更
undo-change-font = フォントの変更
undo-change-language = 言語の変更
undo-resolve-conflict = 競合の解決
undo-restore-card = カードの復元
undo-merge-before-saving = 保存前のマージ
undo-merge-conflicted-copy = 競合コピーのマージ
undo-changes-from-the-file-on-disk = ディスク上のファイルからの変更
undo-changes-from = { $name } さんの変更

## 同僚の保存で取り込まれた変更(通知:「Aiko: カード 3 枚を変更、カード 1 枚を追加」)

incoming-who = { $name }: { $what }
incoming-nothing = 変更なし
incoming-part = { $thing ->
    [card] カード { $count } 枚
    [link] 矢印 { $count } 本
    [stage] ステージ { $count } 個
    [lane] レーン { $count } 本
    [map] マップ { $count } 個
    [persona] ペルソナ { $count } 人
    [channel] チャネル { $count } 個
   *[image] 画像 { $count } 点
}を{ $op ->
    [added] 追加
    [removed] 削除
    [moved] 移動
   *[changed] 変更
}
incoming-project = プロジェクトの{ $fields }を変更
incoming-and = {"と"}
incoming-field-title = 名前
incoming-field-font = フォント
incoming-field-language = 言語

## 同期サービスの競合コピー

copy-offer-whose = { $name } さんの競合コピーをマージ
copy-offer-from = { $name } からのコピーをマージ
copy-offer-service-when = { $service } のコピー({ $when })をマージ
copy-offer-service = { $service } のコピーをマージ

## ファイルについてのエラー(コロンの後の理由はシステムや読み込み処理によるもの)

# Why a project file did not open ("Cannot open FILE: …").
load-not-found = ファイルが見つかりません(移動、名前の変更、削除された可能性があります)
load-permission = このファイルを読む権限がありません
load-too-large = ファイルが { $size } MB あり、プロジェクトの上限 { $limit } MB を超えています
load-not-text = ファイルがテキストではありません。別の種類のファイルかもしれません
load-empty = ファイルが空です。まだ書き込み中の可能性があります(同期の途中ではありませんか?)
load-truncated = ファイルが { $line } 行 { $column } 文字目で途切れています。不完全な可能性があります(同期の途中ではありませんか?)
load-too-deep = ファイルの入れ子が深すぎて、プロジェクトとして読めません({ $line } 行 { $column } 文字目)
load-damaged = ファイルの { $line } 行 { $column } 文字目が壊れています({ $detail })
load-not-waymark = Waymark のプロジェクトではありません({ $detail })
load-newer = このファイルは新しい Waymark で保存されています(形式 { $found }。このバージョンが読めるのは { $supported } まで)。開くには Waymark を更新してください
load-too-many-values = プロジェクトとしてはありえないほど多くの値が含まれています。Waymark が書いたファイルではありません
load-text-too-long = { $where } のテキストが { $size } MB あり、上限の { $limit } MB を超えています
load-invalid = プロジェクトが規則に反しています: { $detail }
# Why a file could not be written.
save-cannot = { $path } を保存できません: { $reason }
save-no-folder = 保存先のフォルダーがもうありません
save-permission = そこに書き込む権限がありません
save-disk-full = ディスクがいっぱいです
save-read-only-disk = ディスクが読み取り専用です
save-read-only-file = { $path } を保存できません: ファイルが読み取り専用です。別の名前で保存してください
save-not-a-file = { $path } を保存できません: 通常のファイルではありません
error-open = { $path } を開けません: { $error }。表示中のマップは変わっていません。
error-bundled = 同梱の { $name } が壊れています: { $error }
error-import = { $path } を読み込めません: { $error }。表示中のマップは変わっていません。
error-reload = { $path } を読み込み直せません: { $error }。表示中のマップは変わっていません。
error-restore = 復元した変更を読み取れません: { $error }
error-merge = 同僚の変更をマージできませんでした: { $error }。ドキュメントは変わっていません。「名前を付けて保存」でコピーを保存してください。
error-copy = 競合コピーをマージできませんでした: { $error }。表示中のマップは変わっていません。
error-put-away = 競合コピーをバックアップへ移動できませんでした: { $error }
error-save-newer = { $path } は新しいバージョンの Waymark(形式バージョン { $version })で作成されています。元のファイルを残すため、別の名前で保存してください
error-save-read-only = { $path } は読み取り専用です。別の名前で保存してください
error-save-changed-on-disk = { $path } は開いた後に別のプログラムによって変更されました。読み込み直すか、別の名前で保存(または上書き)してください
error-save-write = { $error }。ディスク上のファイルは変わっていません
error-save-read-back = { $path } は書き込まれましたが、正しく読み戻せません({ $error })。別の名前で保存してください

## 書き出し・読み込み・画像・クリップボード・バックアップ・マージが失敗した理由
## (上の文の中に入る。かっこ内はパーサーやシステム自身の言葉)
problem-io-not-found = ファイルまたはフォルダーが見つかりません(移動、名前の変更、削除された可能性があります)
problem-io-permission = アクセスする権限がありません
problem-read = { $path } を読み取れません: { $reason }
problem-not-a-file = { $path } は通常のファイルではありません(フォルダーかもしれません)。ファイルを選んでください
problem-read-too-large = { $path } は { $size } MB あり、この種類のファイルの上限 { $limit } MB を超えています
problem-cannot-read-file = ファイルを読み取れません: { $reason }
over-project-cells = プロジェクトの全マップのセル(ステージ × レーン)の数 { $count }
over-project-cards = プロジェクトの全マップのカードの数 { $count }
over-stages = 書き出すステージの数 { $count }
over-lanes = マップのレーンの数 { $count }
over-cells = 書き出すセル(ステージ × レーン)の数 { $count }
over-cards = 書き出すカードの数 { $count }
over-pages = PDF のページ数(少なくとも { $count })
over-slides = スライドの数(少なくとも { $count })
problem-export-over-limit = { $what } が上限の { $limit } を超えています。「書き出す範囲」で「一部のステージ」を選んでください
problem-export-too-large = 画像が { $width } × { $height } ピクセルになり、大きすぎて描画できません。倍率を下げるか「一部のステージ」を選ぶか、PDF または SVG で書き出してください
problem-export-too-many-shapes = マップの図形が { $shapes } 個になり、PNG で扱える { $limit } 個を超えます。「一部のステージ」を選ぶか、PDF または SVG で書き出してください
problem-export-page-too-large = ページが { $width } × { $height } ポイントになり、PDF ビューアーで開ける一辺 { $limit } ポイントを超えます。「一部のステージ」を選ぶか、SVG で書き出してください
problem-export-bad-scale = 倍率 { $scale } は 0.1 から 8 の範囲外です。別の倍率を選んでください
problem-export-internal = Waymark の不具合により描画できませんでした。お手数ですが、マップを添えてご報告ください({ $detail })
problem-export-encode = PNG に変換できませんでした({ $detail })。もう一度試すか、PDF または SVG で書き出してください
problem-import-unknown-kind = { $name } の中身を判別できません。読み込めるのは CSV の表(.csv)と Mermaid の journey(.mmd または .mermaid)です
problem-csv-too-large = CSV が { $size } MB あり、上限の { $limit } MB を超えています。表をいくつかに分けてください
problem-csv-too-many = 表の{ $what ->
        [stages] ステージ
        [lanes] レーン
       *[cards] カード
    }が上限の { $limit } を超えています。表をいくつかに分けてください
problem-csv-too-long = { $line } 行目: 名前またはタイトルが { $chars } 文字あり、上限の { $limit } 文字を超えています。表計算ソフトで短くしてください
problem-csv-not-utf8 = CSV が UTF-8 のテキストではありません。表計算ソフトで「CSV UTF-8」形式で保存し直してから、もう一度読み込んでください
problem-csv-unclosed = { $line } 行目: 引用符で囲まれた項目が閉じられていません。抜けている " を補ってください
problem-csv-no-stages = 1 行目の 2 列目以降にステージ名が必要です。入力してから、もう一度読み込んでください
problem-csv-parse = CSV を読み取れません({ $detail })
problem-mermaid-too-large = Mermaid ファイルが { $size } MB あり、上限の { $limit } MB を超えています
problem-mermaid-not-utf8 = Mermaid ファイルが UTF-8 のテキストではありません。UTF-8 で保存し直してから、もう一度読み込んでください
problem-mermaid-not-journey = { $line } 行目が「{ $start }」で始まっています。Mermaid の journey ではありません。Waymark が読み込める Mermaid の図は journey だけです
problem-mermaid-no-journey = ファイルに Mermaid の journey がありません(「journey」と書かれた行がありません)。Waymark が読み込める Mermaid の図は journey だけです
problem-mermaid-line = { $line } 行目が Mermaid の journey の書き方になっていません({ $detail })。直してから、もう一度読み込んでください
problem-mermaid-too-many = journey の{ $what ->
        [sections] セクション
        [actors] 登場人物
       *[tasks] タスク
    }が上限の { $limit } を超えています。いくつかの journey に分けてください
problem-metrics-too-large = CSV が { $size } MB あり、指標の値の上限 { $limit } MB を超えています
problem-metrics-row = { $line } 行目を使えません({ $detail })。直してから、もう一度読み込んでください
problem-metrics-empty = CSV に指標の値がありません。stage、metric、value の列が必要です
problem-metrics-parse = CSV を読み取れません({ $detail })
problem-picture-not-an-image = PNG または JPEG の画像ではありません。先に PNG か JPEG で保存してください
problem-picture-too-large = ファイルが { $size } MB あり、画像の上限 { $limit } MB を超えています。小さく保存し直してください
problem-picture-too-many-pixels = 画像が { $width } × { $height } ピクセルあり、上限の { $limit } × { $limit } を超えています。先に縮小してください
problem-picture-too-much-memory = 画像が { $width } × { $height } ピクセルあり、Waymark では展開できません。先に縮小してください
problem-picture-damaged = 画像が壊れていて読み取れません({ $detail })
problem-picture-wrong-type = { $labelled } とされていますが、中身は { $actual } の画像です。画像編集ソフトで保存し直してください
problem-clipboard = 画像を用意できませんでした({ $detail })。代わりにファイルに書き出してください
problem-store = { $path }: { $reason }
problem-merge = Waymark の不具合により 2 つの版を統合できませんでした。お手数ですが、ご報告ください({ $detail })
problem-copy-unreadable = { $path } をプロジェクトとして開けません: { $reason }
problem-lane-holds-cards = レーン「{ $lane }」にはカードが { $count } 枚あり、この種類のレーンでは表示できません。先にカードを移動するか削除してください
problem-no-cards-here = レーン「{ $lane }」にはカードを置けません。「カード」か「画像」のレーンを選んでください
read-only-newer = 読み取り専用: このファイルは新しいバージョンの Waymark(形式バージョン { $version })で作成されました。ここでは変更できません。このバージョンの形式で残すには、コピーを保存してください。
read-only-file = 読み取り専用: ファイルのアクセス権により変更できません。作業するには、コピーを保存してください。
notice-restored-untied = 復元した変更は { $path } に対するものですが、このファイルは{ $why ->
        [read-only] 読み取り専用です
        [newer] 新しいバージョンの Waymark で作成されています
        [gone] もう存在しません
        [unreadable] 読み取れません
       *[not-a-project] Waymark のプロジェクトではありません
    }。変更は無題のドキュメントになりました。保存するときに保存先を選んでください。
problem-edit-missing = 変更しようとした対象がありません。同僚の保存で削除されたのかもしれません。何も変更していません({ $detail })
problem-last-map = プロジェクトには少なくとも 1 つのマップが必要です。先に別のマップを追加してから削除してください
problem-link-to-itself = カードから同じカードには矢印を引けません。別のカードに引いてください
problem-already-linked = これらのカードはすでに矢印でつながっています
note-score-outside = { $line } 行目: タスク「{ $task }」のスコア { $score } は Mermaid の 1〜5 の範囲外のため、{ $taken } として読み込みました
note-score-not-number = { $line } 行目: タスク「{ $task }」のスコア「{ $score }」は数値ではありません(Mermaid のスコアは 1〜5)。中立の 3 として読み込みました
note-more-scores = ほかにも同様のスコアが { $count } 件あります

## 書き出しでそのまま表示・記録できなかったこと(「… を書き出しました:」の後)
export-note-pictures = 表示できない画像 { $count } 件を省きました: { $names }
export-note-small-text = カードの文字が { $pt } pt で印刷され、{ $min } pt を下回ります。より大きな用紙を選んでください
export-note-small-text-fit = カードの文字が { $pt } pt で印刷され、{ $min } pt を下回ります。より大きな用紙を選ぶか、「マップ全体を 1 ページに収める」をオフにしてください
export-note-rewritten = { $what }「{ $text }」は「{ $written }」として書き出しました({ $why })
export-note-more-rewritten = ほかにも Mermaid でそのまま書き出せないテキストが { $count } 件あります
export-note-mermaid-left-out = 「{ $lane }」と感情曲線以外のレーンにあるカード { $count } 枚を省きました(Mermaid のジャーニーに入るタスクのレーンは 1 つだけです)
export-note-csv-one-line = 改行や前後の空白を含む、または空のテキスト { $count } 件を 1 行の語句として書き出しました(セルには 1 行に 1 枚のカードが入ります): { $first }{ $more }
export-note-html-on-white = HTML ビューアーではマップを透明ではなく白い背景に描きます
export-note-and-more = 、ほか { $count } 件
note-thing-title = タイトル
note-thing-scenario = シナリオ
note-thing-stage = ステージ { $id }
note-thing-lane = レーン { $id }
note-thing-card = カード { $id }
note-thing-persona = ペルソナ { $id }
note-why-title = Mermaid のタイトルには # ; %% や改行を入れられません
note-why-scenario = Mermaid の accDescr ブロックは {"}"} で終わり、各行の前後の空白は除かれます
note-why-section = Mermaid のセクション名には # ; : %% や改行を入れられず、<br> は改行になります。Waymark は 2 行目以降をステージの説明として読み込みます
note-why-task = Mermaid のタスク名には # ; : %% や改行を入れられません
note-why-actor = Mermaid のアクターには , : # ; %% や改行、連続した空白を入れられません
note-why-actor-twin = 別のペルソナの名前が同じ書き方になり、読み込むと 1 人になります
