# 比較とマージの文:「比較」パネルの変更行、「マージの競合」パネル。
# コマンドライン(waymark diff / merge)は常に英語です。
# 用語: map = マップ、card = カード、stage = ステージ、lane = レーン、persona = ペルソナ、
# note = コメント、ours = こちら、theirs = 相手(ウィンドウの用語に合わせる)

## 約物

quote = 「{ $text }」
note-quote = 「{ $text }」
place = ({ $lane } · { $stage })
cell = { $lane } · { $stage }
list-separator = {"、"}
parts-separator = {"、"}
delta = ({ $delta })

## 変更されたもの

thing-project = プロジェクト
thing-persona = ペルソナ
thing-map = マップ
thing-stage = ステージ
thing-lane = レーン
thing-card = カード
thing-link = 矢印
thing-image = 画像
thing-channel = チャネル

## 値

value-none = なし
value-empty = (空)
value-yes = はい
value-no = いいえ
value-entries = { $count } 項目
language-guessed = (テキストから推定)

## 項目名

field-title = タイトル
field-name = 名前
field-font = フォント
field-language = 言語
field-role = 役割
field-quote = 発言
field-goals = 目標
field-needs = ニーズ
field-frustrations = 不満
field-photo = 写真
field-color = 色
field-state = 状態
field-personas = ペルソナ
field-scenario = シナリオ
field-expectations = 期待
field-stages = ステージ
field-lanes = レーン
field-cards = カード
field-links = 矢印
field-maps = マップ
field-description = 説明
field-kind = 種類
field-metrics = 指標
field-cell = 位置
field-body = 本文
field-channel = チャネル
field-emotion = 感情
field-scores = スコア
field-tags = タグ
field-flags = フラグ
field-owner = 担当者
field-metric = 指標
field-image = 画像
field-notes = コメント
field-label = ラベル
field-from = 始点
field-to = 終点
field-data = データ
field-text = 本文
field-author = 投稿者
field-date = 日付
field-unit = 単位
field-chart = グラフ
field-custom_unit = 単位名
field-better = 良い方向

## 指標の単位・方向・グラフ(変更の値として)

metric-unit-percent = パーセント
metric-unit-number = 数値
metric-unit-currency = 金額
metric-unit-score = スコア
metric-unit-seconds = 秒
metric-unit-minutes = 分
metric-unit-hours = 時間
metric-unit-days = 日
metric-unit-custom = 独自の単位
metric-better-higher = 高いほど良い
metric-better-lower = 低いほど良い
metric-chart-bars = 棒グラフ
metric-chart-line = 折れ線
metric-chart-funnel = ファネル

## 変更行

change-added = + { $what }{ $name }を追加{ $place }
change-removed = - { $what }{ $name }を削除{ $place }
change-moved = → { $name }を移動
change-moved-from-to = → { $name }を { $from } から { $to } へ移動({ $within })
change-moved-across = → { $name }を { $from } から { $to } へ移動
change-position = ↕ { $what }{ $name }を { $before } 番目から { $after } 番目へ移動{ $place }
change-position-in-cell = ↕ { $what }{ $name }をセル内で { $before } 番目から { $after } 番目へ移動{ $place }
change-detail = ~ { $what }{ $name }: { $detail }{ $place }
change-project-detail = ~ プロジェクト: { $detail }
change-language = ~ 言語: { $before } → { $after }
change-project-field = ~ プロジェクトの{ $field }: { $before } → { $after }
change-renamed = ~ { $what }{ $before } → { $after }{ $place }
change-emotion = ~ { $what }{ $name }の感情: { $before } → { $after }{ $delta }{ $place }
change-field = ~ { $what }{ $name }の{ $field }: { $before } → { $after }{ $place }

## 構造を持つ項目の変更

note-label = { $author } さんのコメント{ $words }
note-label-anonymous = コメント{ $words }
reply-label = { $author } さんの返信{ $words }
reply-label-anonymous = 返信{ $words }
note-added = { $note }を追加
note-deleted = { $note }を削除
note-resolved = { $note }を解決済みに
note-reopened = { $note }を再開
note-field = { $note }の{ $field }: { $before } → { $after }
reply-added = { $note }への{ $reply }を追加
reply-deleted = { $note }への{ $reply }を削除
reply-changed = { $note }への { $author } さんの返信: { $before } → { $after }
reply-changed-anonymous = { $note }への返信: { $before } → { $after }
metric-added = 指標「{ $name }」を追加
metric-deleted = 指標「{ $name }」を削除
metric-renamed = 指標「{ $before }」の名前を「{ $after }」に変更
metric-field = { $metric }の{ $field }: { $before } → { $after }
metric-value = { $metric } · { $stage }: { $before } → { $after }
metric-target = { $metric } · { $stage }の目標: { $before } → { $after }
persona-added = ペルソナ { $name } を追加
persona-taken-off = ペルソナ { $name } を外す
lead-persona = メインのペルソナ: { $before } → { $after }
persona-order = ペルソナの順序: { $before } → { $after }
map-score = マップのスコア
score-emotion = 感情: { $before } → { $after }{ $delta }
score-for = { $name }のスコア: { $before } → { $after }{ $delta }

## マージの競合(「こちら」はマージ先の版、「相手」はマージされてきた版)

conflict-the-project = プロジェクト
conflict-thing = { $what }{ $name }
conflict-nothing = なし
conflict-field = { $thing }の{ $field }: こちらは{ $ours }、相手は{ $theirs }
conflict-sides = { $thing }: こちらは{ $ours }、相手は{ $theirs }
conflict-field-by = { $thing }の{ $field }: { $ours_by }さんは{ $ours }、{ $theirs_by }さんは{ $theirs }
conflict-sides-by = { $thing }: { $ours_by }さんは{ $ours }、{ $theirs_by }さんは{ $theirs }
conflict-persona-taken-off = { $deleter ->
    [ours] { $thing }はこちらでマップ{ $map }から外されましたが、相手の版ではまだカードにスコアがあります
   *[theirs] { $thing }は相手の版でマップ{ $map }から外されましたが、こちらではまだカードにスコアがあります
}
conflict-deleted = { $deleter ->
    [ours] { $thing }はこちらで削除されましたが、相手の版で変更されたか、まだ使われています
   *[theirs] { $thing }は相手の版で削除されましたが、こちらで変更されたか、まだ使われています
}
conflict-order = { $thing }: { $field }の並べ替えがこちらと相手で異なります
