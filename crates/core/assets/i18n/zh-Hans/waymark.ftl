# Waymark — 简体中文（地图标签；其余沿用英文）

strip-scenario = 场景
strip-expectations = 期望
strip-goals = 目标
strip-needs = 需求
strip-frustrations = 痛点与不满
strip-more = 另外 { $count } 项
persona-quote = “{ $quote }”
flag-pain-point = 痛点
flag-opportunity = 机会点
flag-moment-of-truth = 关键时刻
legend-flags = 标记
legend-evidence = 依据
legend-channels = 渠道
legend-targets = 目标
legend-target-hit = 达标
legend-target-miss = 未达标
evidence-observed = 观察
evidence-reported = 自述
evidence-assumed = 假设
channel-web = 网站
channel-app = 应用
channel-email = 邮件
channel-store = 门店
channel-phone = 电话
channel-social = 社交媒体
channel-ads = 广告
channel-word-of-mouth = 口碑
channel-chat = 在线聊天
channel-other = 其他
lane-kind-emotion = 情绪曲线
lane-kind-channels = 渠道
lane-kind-metrics = 指标
lane-kind-line = 蓝图分界线
metric-target = 目标值
metric-unit-currency = 金额
metric-unit-score = 评分
metric-unit-seconds = 秒
metric-unit-minutes = 分钟
metric-unit-hours = 小时
metric-unit-days = 天
metric-lower-better = 越低越好
notes-heading = 评审意见
page-footer = 第 { $page } 页，共 { $pages } 页
csv-lane = 泳道
list-separator = 、

page-personas = 用户画像

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = 新增
stacked-changed = 已更改
stacked-moved = 已移动

## A map's state, for naming the future state's copy of a map

map-current-state = 现状
map-future-state = 未来状态
