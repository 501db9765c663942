# Waymark — English (the source language).
# Every other language's file has the same message ids; see docs/translating.md.

## The persona strip above the map

strip-scenario = SCENARIO
strip-expectations = EXPECTATIONS
strip-goals = GOALS
strip-needs = NEEDS
strip-frustrations = FRUSTRATIONS
strip-more = +{ $count } more
# The quote under a persona's name; $quote is what the user typed.
persona-quote = “{ $quote }”

## Flags on cards and in the legend

flag-pain-point = Pain point
flag-opportunity = Opportunity
flag-moment-of-truth = Moment of truth

## The legend under the map

legend-flags = Flags
legend-evidence = Evidence
legend-channels = Channels
# The legend's colours of metric values on the good and the bad side of their target.
legend-targets = Targets
legend-target-hit = on target
legend-target-miss = off target
evidence-observed = observed
evidence-reported = reported
evidence-assumed = assumed

## Channels (icons on cards)

channel-web = Web
channel-app = App
channel-email = Email
channel-store = Store
channel-phone = Phone
channel-social = Social
channel-ads = Ads
channel-word-of-mouth = Word of mouth
channel-chat = Chat
channel-other = Other

## Kinds of lane

lane-kind-cards = Cards
lane-kind-emotion = Emotion curve
lane-kind-channels = Channels
lane-kind-text = Text
lane-kind-images = Images
lane-kind-metrics = Metrics
lane-kind-line = Blueprint line

## Metrics lanes

# Shown after a metric's name when it has targets; the dashes are the target line.
metric-target = target
metric-unit-currency = currency
metric-unit-score = score
metric-unit-seconds = seconds
metric-unit-minutes = minutes
metric-unit-hours = hours
metric-unit-days = days
# After a metric's name when lower values are better (waiting time): “Waiting time · ↓ lower is better”.
metric-lower-better = lower is better
metric-empty = No metrics yet: select this lane and add them in the inspector, or import a CSV.

## Review notes (the page after the map)

notes-heading = Review notes
# $count is how many notes a card has.
notes-count = { $count ->
    [one] one note
   *[other] { $count } notes
}
notes-resolved = resolved

## Pages (paged PDF) and slides

# $page is this page's number, $pages how many there are.
page-footer = { $page } / { $pages }
slide-scenario = Scenario: { $text }
slide-persona = Persona: { $name }
slide-goals = Goals
slide-needs = Needs
slide-frustrations = Frustrations

## The HTML viewer

viewer-maps = Maps
viewer-zoom-out = Zoom out
viewer-zoom-in = Zoom in
viewer-fit = Fit
viewer-fit-map = Fit the map
viewer-persona = Persona
viewer-print = Print
viewer-close = Close the details
viewer-pan-zoom = drag to pan, wheel or + and − to zoom
viewer-scenario = Scenario
viewer-goals = Goals
viewer-needs = Needs
viewer-frustrations = Frustrations
viewer-details = Details
viewer-marked-as = Marked as
viewer-tags = Tags
viewer-owner = Owner
viewer-metric = Metric
viewer-emotion = Emotion
viewer-opens = Opens

## CSV headers

csv-lane = Lane

## Formatting

# Joins names in a list: "Maya, Tom".
list-separator = {", "}

## Page footers

# The footer of the paged output's first page, which holds every persona's profile.
page-personas = Personas

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = new
stacked-changed = changed
stacked-moved = moved

## A map's state, for naming the future state's copy of a map

map-current-state = Current state
map-future-state = Future state
