# Waymark — 한국어 (지도 레이블; 나머지는 영어)

strip-scenario = 시나리오
strip-expectations = 기대
strip-goals = 목표
strip-needs = 니즈
strip-frustrations = 불만
strip-more = 외 { $count }개
persona-quote = “{ $quote }”
flag-pain-point = 페인 포인트
flag-opportunity = 기회
flag-moment-of-truth = 결정적 순간
legend-flags = 표시
legend-evidence = 근거
legend-channels = 채널
legend-targets = 목표
legend-target-hit = 목표 달성
legend-target-miss = 목표 미달
evidence-observed = 관찰
evidence-reported = 진술
evidence-assumed = 가정
channel-web = 웹
channel-app = 앱
channel-email = 이메일
channel-store = 매장
channel-phone = 전화
channel-social = 소셜 미디어
channel-ads = 광고
channel-word-of-mouth = 입소문
channel-chat = 채팅
channel-other = 기타
lane-kind-emotion = 감정 곡선
lane-kind-channels = 채널
lane-kind-metrics = 지표
lane-kind-line = 블루프린트 선
metric-target = 목표
metric-unit-currency = 금액
metric-unit-score = 점수
metric-unit-seconds = 초
metric-unit-minutes = 분
metric-unit-hours = 시간
metric-unit-days = 일
metric-lower-better = 낮을수록 좋음
notes-heading = 검토 의견
page-footer = { $page } / { $pages } 페이지
csv-lane = 레인
list-separator = {", "}

page-personas = 페르소나

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = 새로 추가
stacked-changed = 변경됨
stacked-moved = 이동됨

## A map's state, for naming the future state's copy of a map

map-current-state = 현재 상태
map-future-state = 미래 상태
