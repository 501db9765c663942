# Waymark — 日本語
# メッセージ ID は英語版 (en/waymark.ftl) と同じです。docs/translating.md を参照してください。

## マップ上部のペルソナ欄

strip-scenario = シナリオ
strip-expectations = 期待
strip-goals = 目標
strip-needs = ニーズ
strip-frustrations = 不満
strip-more = ほか { $count } 件
persona-quote = 「{ $quote }」

## カードと凡例のフラグ

flag-pain-point = ペインポイント
flag-opportunity = 機会
flag-moment-of-truth = 真実の瞬間

## マップ下の凡例

legend-flags = フラグ
legend-evidence = 根拠
legend-channels = チャネル
legend-targets = 目標
legend-target-hit = 目標達成
legend-target-miss = 目標未達
evidence-observed = 観察
evidence-reported = 聞き取り
evidence-assumed = 仮説

## チャネル

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

## レーンの種類

lane-kind-cards = カード
lane-kind-emotion = 感情曲線
lane-kind-channels = チャネル
lane-kind-text = テキスト
lane-kind-images = 画像
lane-kind-metrics = 指標
lane-kind-line = ブループリントの線

## 指標レーン

metric-target = 目標値
metric-unit-currency = 金額
metric-unit-score = スコア
metric-unit-seconds = 秒
metric-unit-minutes = 分
metric-unit-hours = 時間
metric-unit-days = 日
metric-lower-better = 低いほど良い
metric-empty = 指標はまだありません。このレーンを選択してインスペクターで追加するか、CSV を読み込んでください。

## レビューコメント

notes-heading = レビューコメント
notes-count = コメント { $count } 件
notes-resolved = 解決済み

## ページとスライド

page-footer = { $page } / { $pages } ページ
slide-scenario = シナリオ：{ $text }
slide-persona = ペルソナ：{ $name }
slide-goals = 目標
slide-needs = ニーズ
slide-frustrations = 不満

## HTML ビューア

viewer-maps = マップ
viewer-zoom-out = 縮小
viewer-zoom-in = 拡大
viewer-fit = 全体
viewer-fit-map = マップ全体を表示
viewer-persona = ペルソナ
viewer-print = 印刷
viewer-close = 詳細を閉じる
viewer-pan-zoom = ドラッグで移動、ホイールまたは + と − で拡大・縮小
viewer-scenario = シナリオ
viewer-goals = 目標
viewer-needs = ニーズ
viewer-frustrations = 不満
viewer-details = 詳細
viewer-marked-as = マーク
viewer-tags = タグ
viewer-owner = 担当
viewer-metric = 指標
viewer-emotion = 感情
viewer-opens = 開くマップ

## CSV の見出し

csv-lane = レーン

## 書式

list-separator = 、

page-personas = ペルソナ

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = 新規
stacked-changed = 変更
stacked-moved = 移動

## A map's state, for naming the future state's copy of a map

map-current-state = 現状
map-future-state = あるべき姿
