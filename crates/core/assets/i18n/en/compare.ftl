# The compare engine's sentences: the Compare panel's change lines, the Merge conflicts
# panel, `waymark diff` and `waymark merge`. The command line always prints English.
#
# Variables hold the user's words (titles, names, note text) or other messages of this
# file ($what is a thing-… word, $place a place, $before/$after values shown as text):
# keep every variable, move it where your language puts it.
#
# Languages without this file show these sentences in English.

## Typography

# A title or name in a change line: "Check in".
quote = "{ $text }"
# The first words of a note or a metric's name: “Which study is this…”.
note-quote = “{ $text }”
# Where a card is, after a change line: " (Customer actions · Awareness)". Starts with a space.
place = {" "}({ $lane } · { $stage })
# A card's cell: "Customer actions · Awareness".
cell = { $lane } · { $stage }
# Joins names in a list: "Maya, Tom".
list-separator = {", "}
# Joins the parts of one side of a conflict: "a; b".
parts-separator = {"; "}
# How much a score moved, after the change: " (+2)". Starts with a space.
delta = {" "}({ $delta })

## What kind of thing changed

thing-project = project
thing-persona = persona
thing-map = map
thing-stage = stage
thing-lane = lane
thing-card = card
thing-link = arrow
thing-image = picture
thing-channel = channel

## Values

value-none = none
# An empty text ("" in English, as the command line prints it).
value-empty = ""
value-yes = yes
value-no = no
# A structured value told by its size.
value-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
# What a language field held before it was set.
language-guessed = (guessed from the text)

## Fields, as a designer says them (a field without a message is shown by its file name;
## English keeps the file's names but for colour and place, as scripts read them)

field-title = title
field-name = name
field-font = font
field-language = language
field-role = role
field-quote = quote
field-goals = goals
field-needs = needs
field-frustrations = frustrations
field-photo = photo
field-color = colour
field-state = state
field-personas = personas
field-scenario = scenario
field-expectations = expectations
field-stages = stages
field-lanes = lanes
field-cards = cards
field-links = links
field-maps = maps
field-description = description
field-kind = kind
field-metrics = metrics
field-cell = place
field-body = body
field-channel = channel
field-emotion = emotion
field-scores = scores
field-tags = tags
field-flags = flags
field-owner = owner
field-metric = metric
field-image = image
field-notes = notes
field-label = label
field-from = from
field-to = to
field-data = data
field-text = text
field-author = author
field-date = date
field-unit = unit
field-chart = chart
field-custom_unit = custom_unit
field-better = better

## A metric's unit, direction and chart, as values of a change (English: as the file writes them)

metric-unit-percent = "percent"
metric-unit-number = "number"
metric-unit-currency = "currency"
metric-unit-score = "score"
metric-unit-seconds = "seconds"
metric-unit-minutes = "minutes"
metric-unit-hours = "hours"
metric-unit-days = "days"
metric-unit-custom = "custom"
metric-better-higher = "higher"
metric-better-lower = "lower"
metric-chart-bars = "bars"
metric-chart-line = "line"
metric-chart-funnel = "funnel"

## Change lines ($what: a thing-… word; $name: its title, quoted; $place: a place or nothing)

change-added = + { $what } { $name }{ $place }
change-removed = - { $what } { $name }{ $place }
# A card moved to another cell whose lane and stage are not known.
change-moved = → moved { $name }
# A card moved from one lane (or stage) to another; $within is the stage (or lane) it stayed in.
change-moved-from-to = → moved { $name } from { $from } to { $to } ({ $within })
# A card moved to another lane and stage: $from and $to are cells.
change-moved-across = → moved { $name } from { $from } to { $to }
# A stage, lane, map or persona moved in its list ($before, $after: positions from 1).
change-position = ↕ { $what } { $name } from { $before } to { $after }{ $place }
# A card changed places within its cell.
change-position-in-cell = ↕ { $what } { $name } from { $before } to { $after } in its cell{ $place }
# A part of a structured field changed ($detail: a part line below).
change-detail = ~ { $what } { $name } { $detail }{ $place }
change-project-detail = ~ project { $detail }
change-language = ~ Language: { $before } → { $after }
change-project-field = ~ project { $field }: { $before } → { $after }
# A title or name changed: $before and $after are the two titles.
change-renamed = ~ { $what } { $before } → { $after }{ $place }
change-emotion = ~ { $what } { $name } emotion: { $before } → { $after }{ $delta }{ $place }
change-field = ~ { $what } { $name } { $field }: { $before } → { $after }{ $place }

## Parts of structured fields

# $note: a note-label.
note-label = { $author }'s note { $words }
note-label-anonymous = a note { $words }
reply-label = { $author }'s reply { $words }
# A reply without an author.
reply-label-anonymous = someone's reply { $words }
note-added = { $note } added
note-deleted = { $note } deleted
note-resolved = { $note } resolved
note-reopened = { $note } reopened
note-field = { $note } { $field }: { $before } → { $after }
reply-added = { $reply } to { $note } added
reply-deleted = { $reply } to { $note } deleted
reply-changed = { $author } reply to { $note }: { $before } → { $after }
reply-changed-anonymous = someone reply to { $note }: { $before } → { $after }
metric-added = metric “{ $name }” added
metric-deleted = metric “{ $name }” deleted
metric-renamed = metric “{ $before }” renamed “{ $after }”
metric-field = { $metric } { $field }: { $before } → { $after }
metric-value = { $metric } · { $stage }: { $before } → { $after }
metric-target = { $metric } · { $stage } target: { $before } → { $after }
persona-added = persona { $name } added
persona-taken-off = persona { $name } taken off
lead-persona = lead persona: { $before } → { $after }
persona-order = persona order: { $before } → { $after }
# The score of a map without a persona.
map-score = the map's score
score-emotion = emotion: { $before } → { $after }{ $delta }
score-for = score for { $name }: { $before } → { $after }{ $delta }

## Merge conflicts ("ours" is the version merged into, "theirs" the one merged in)

conflict-the-project = the project
conflict-thing = { $what } { $name }
# One side wants nothing of a structured field.
conflict-nothing = nothing
# $thing: conflict-the-project or conflict-thing; $ours, $theirs: each side's value.
conflict-field = { $thing } { $field }: ours { $ours }, theirs { $theirs }
conflict-sides = { $thing }: ours { $ours }, theirs { $theirs }
# $ours_by, $theirs_by: the names of the two people, when the window that merged knew them.
conflict-field-by = { $thing } { $field }: { $ours_by }'s { $ours }, { $theirs_by }'s { $theirs }
conflict-sides-by = { $thing }: { $ours_by }'s { $ours }, { $theirs_by }'s { $theirs }
# $deleter is "ours" or "theirs": the side that took the persona off the map.
conflict-persona-taken-off = { $deleter ->
    [ours] { $thing } was taken off map { $map } in ours but still scored on cards in theirs
   *[theirs] { $thing } was taken off map { $map } in theirs but still scored on cards in ours
}
# $deleter is "ours" or "theirs": the side that deleted it.
conflict-deleted = { $deleter ->
    [ours] { $thing } was deleted in ours but changed or still used in theirs
   *[theirs] { $thing } was deleted in theirs but changed or still used in ours
}
# $field: the list, e.g. "stages".
conflict-order = { $thing }: the { $field } were reordered differently on each side
