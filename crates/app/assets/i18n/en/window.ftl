# The window's words (menus, commands, inspector, dialogs, notices), in English: the
# source every other language translates. See docs/translating.md.
# The map's own labels (SCENARIO, Pain point…) are in crates/core/assets/i18n/<tag>/waymark.ftl.

## Menus (each is also a section of the shortcut sheet and a word the palette finds)

group-file = File
group-edit = Edit
group-select = Select
group-map = Map
group-view = View
group-help = Help

# Edit → Undo and Redo with what they undo, e.g. "Undo move card".
menu-undo-what = Undo { $what }
menu-redo-what = Redo { $what }
menu-save-automatically-on = ✔ Save automatically
menu-new-from-template = New from template
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-clear-recent = Clear recent files

## Commands: the name (menus, palette, shortcut sheet) and, with -tip, the longer
## description (tooltips, palette).

cmd-new = New…
cmd-new-tip = Start a new journey map from a template
cmd-open = Open…
cmd-open-tip = Open a project file
cmd-save = Save
cmd-save-tip = Save the project
cmd-save-as = Save As…
cmd-save-as-tip = Save the project under a new name
cmd-save-automatically = Save automatically
cmd-save-automatically-tip = Save this file by itself two seconds after each change, so colleagues sharing it see your edits
cmd-import-csv = Import CSV grid or Mermaid journey…
cmd-import-csv-tip = Make a map from a CSV grid of stages and lanes (.csv) or a Mermaid journey (.mmd)
cmd-import-metrics = Import metric values…
cmd-import-metrics-tip = Read a CSV of stage, metric, value (optionally unit, target, better: higher or lower) into the selected metrics lane (or the map's first)
cmd-notes-panel = Review notes
cmd-notes-panel-tip = Show or hide the list of open review notes; click one to select its card
cmd-export = Export…
cmd-export-tip = Export the map as PNG, SVG, PDF pages, PPTX slides, an HTML viewer, CSV or Mermaid
cmd-settings = Settings…
cmd-settings-tip = Your name, new projects, export defaults, recovery and theme
cmd-quit = Quit
cmd-quit-tip = Close Waymark
cmd-undo = Undo
cmd-undo-tip = Undo the last change
cmd-redo = Redo
cmd-redo-tip = Redo what was undone
cmd-cut = Cut
cmd-cut-tip = Cut the selected cards
cmd-copy = Copy
cmd-copy-tip = Copy the selected cards
cmd-paste = Paste
cmd-paste-tip = Paste cards (or text as a new card) into the selected cell
cmd-duplicate = Duplicate
cmd-duplicate-tip = Duplicate the selected cards
cmd-delete = Delete
cmd-delete-tip = Delete the selected cards, stage or lane
cmd-select-all = Select all cards
cmd-select-all-tip = Select every card of the map
cmd-edit-title = Edit title
cmd-edit-title-tip = Edit the selected card's title, or rename the selected stage or lane, in place; on an empty cell, add a card there
cmd-add-card-after = Add card after
cmd-add-card-after-tip = Add a card after the selected one (or in the selected cell) and edit its title
cmd-add-stage = Add stage
cmd-add-stage-tip = Add a stage after the selected stage, or after the stage of the selected card or cell (else at the end)
cmd-add-lane = Add lane
cmd-add-lane-tip = Add a lane below the selected lane, or below the lane of the selected card or cell (else at the bottom)
cmd-draw-arrow = Draw an arrow from here
cmd-draw-arrow-tip = Draw an arrow from the selected card: then click a card, or pick one with the arrow keys and press Enter
cmd-select-left = Select left
cmd-select-left-tip = Select the nearest card to the left
cmd-select-right = Select right
cmd-select-right-tip = Select the nearest card to the right
cmd-select-up = Select up
cmd-select-up-tip = Select the nearest card above (or the stage header)
cmd-select-down = Select down
cmd-select-down-tip = Select the nearest card below
cmd-next-card = Next card
cmd-next-card-tip = Select the next card in reading order
cmd-previous-card = Previous card
cmd-previous-card-tip = Select the previous card in reading order
cmd-move-left = Move left
cmd-move-left-tip = Move the selected cards one stage left, or the selected stage
cmd-move-right = Move right
cmd-move-right-tip = Move the selected cards one stage right, or the selected stage
cmd-move-up = Move up
cmd-move-up-tip = Move the selected cards one lane up, or the selected lane
cmd-move-down = Move down
cmd-move-down-tip = Move the selected cards one lane down, or the selected lane
cmd-context-menu = Context menu
cmd-context-menu-tip = Show what can be done with the selection
cmd-find = Find…
cmd-find-tip = Find cards by their text
cmd-find-next = Find next
cmd-find-next-tip = Select the next card found
cmd-find-previous = Find previous
cmd-find-previous-tip = Select the previous card found
cmd-zoom-in = Zoom in
cmd-zoom-in-tip = Zoom in
cmd-add-map = Add map
cmd-add-map-tip = Add an empty map to the project (stages and lanes to fill) and name it
cmd-start-future-state = Start future state
cmd-start-future-state-tip = Copy this map as the journey's future state (without its review notes)
future-title = Start future state
future-what = A copy of this map, marked as the journey it should become. Change it freely; View → Compare with… shows what changed.
future-keep-notes = Copy the review notes
future-keep-notes-tip = The notes were about today's journey; most future states start without them
future-keep-scores = Keep the emotion scores
future-keep-scores-tip = Clear them to score how the future journey should feel, card by card
future-start = Start
future-cancel = Cancel
cmd-duplicate-map = Duplicate map
cmd-duplicate-map-tip = Copy this map into a new map of the project
cmd-rename-map = Rename map…
cmd-rename-map-tip = Type a new name for the map on screen
cmd-delete-map = Delete map
cmd-delete-map-tip = Delete the map on screen (Undo brings it back)
cmd-next-map = Next map
cmd-next-map-tip = Show the project's next map
cmd-previous-map = Previous map
cmd-previous-map-tip = Show the project's previous map
cmd-open-linked-map = Open linked map
cmd-open-linked-map-tip = Show the map the selected card opens (a sub-journey); the bar above it leads back
trail-back = ← Back to “{ $name }”
trail-back-tip = Back to the map you came from
context-open-map = Open “{ $name }”
cmd-zoom-out = Zoom out
cmd-zoom-out-tip = Zoom out
cmd-actual-size = Actual size
cmd-actual-size-tip = Zoom to 100%
cmd-fit-map = Fit map
cmd-fit-map-tip = Show the whole map
cmd-zoom-to-selection = Zoom to selection
cmd-zoom-to-selection-tip = Show the selected cards, stage or lane as large as fits
cmd-compare = Compare with…
cmd-compare-tip = Compare the map with another map, another file or a backup
cmd-conflicts = Merge conflicts…
cmd-conflicts-tip = List the merge conflicts left in the file, to pick a side for each
cmd-present = Present
cmd-present-tip = Show the map full screen, a stage at a time: arrow keys step through stages and maps, Escape returns
cmd-command-palette = Command palette…
cmd-command-palette-tip = Search every command by name
cmd-shortcuts = Keyboard shortcuts
cmd-shortcuts-tip = Show every command and its keys
cmd-about = About Waymark
cmd-about-tip = The version, and where backups live

## Keyboard shortcuts sheet and About

# Between two keys of one command: "F1 or Ctrl+/".
# The modifier keys as the keyboard labels them (macOS shows ⌘ ⌥ ⇧ whatever the language).
key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
keys-or = {" or "}
shortcuts-title = Keyboard shortcuts
shortcuts-mouse = Mouse: drag cards between cells, Alt-drag from a card to draw an arrow, double-click a cell to add a card or a header to rename it, right-click for a menu. Scroll or middle-drag to pan, Ctrl+wheel to zoom.
shortcuts-menu-only = menu only
about-version = Waymark { $version }
about-what = A desktop editor for customer journey maps.
about-backups = Backups (the last versions of each saved file):
about-recovery = Recovery copies of unsaved work:
about-data = Recent files and settings:
about-no-data = This window keeps no backups or recovery copies (no data folder).

## Map tabs, read-only bar, status bar

tabs-unsaved = Unsaved changes
tabs-unsaved-tip = Unsaved changes (Ctrl+S saves)
# A map's tab, for screen readers.
tabs-map = Map { $name }
read-only-save-copy = Save a copy…
status-cards-selected = { $count ->
    [one] 1 card selected
   *[other] { $count } cards selected
}
status-stage-selected = Stage selected
status-lane-selected = Lane selected
status-arrow-selected = Arrow selected
status-drawing-arrow = Draw an arrow: click the card it goes to, or pick it with the arrow keys and press Enter (Escape cancels)
# A colleague with the file open: "Maya (since 14:05)".
status-other-since = { $name } (since { $when })
status-also-open = Also open: { $names }
status-also-open-tip = They have this file open in Waymark on their computer; their saves come in here by themselves.
status-merging = Taking in a colleague's changes…
status-missing-glyphs-tip = Install a font that covers these characters; `waymark check FILE` lists every place
status-show-card = Show card
status-show-card-tip = Select the first card with such characters
status-fit = Fit
status-fit-tip = Fit the map to the window (Ctrl+0)
status-zoom-level = Zoom level
status-preparing-text = Preparing the cards' text…
# Between the names of a list: "Maya, Jonas".
list-separator = {", "}
notice-font-missing = Font { $name } is not installed on this computer: the map uses Inter
# $chars: up to three characters described, e.g. "U+1F600 😀".
notice-chars-missing = No installed font can draw { $chars }
notice-chars-missing-more = No installed font can draw { $chars } and more

## Kinds of things: lane kinds, channels, flags, metric units and charts, page sizes

lane-kind-cards = Cards
lane-kind-emotion = Emotion curve
lane-kind-channels = Channels
lane-kind-images = Images
lane-kind-text = Text
lane-kind-metrics = Metrics
lane-kind-line = Blueprint line
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
flag-pain-point = Pain point
flag-opportunity = Opportunity
flag-moment-of-truth = Moment of truth
unit-percent = Percent
unit-number = Number
unit-currency = Currency
unit-score = Score
unit-seconds = Seconds
unit-minutes = Minutes
unit-hours = Hours
unit-days = Days
unit-custom = Custom…
better-higher = Higher is better
better-lower = Lower is better
chart-bars = Bars
chart-line = Line
chart-funnel = Funnel
page-letter = Letter
page-tabloid = Tabloid
page-slide = Slide 16:9

## Context menus (right-click)

context-add-stage-before = Add stage before
context-add-stage-after = Add stage after
# The name a new stage or lane starts with.
context-new-stage = New stage
context-delete-stage = Delete stage
context-add-lane-above = Add lane above
context-add-lane-below = Add lane below
context-new-lane = New lane
context-delete-lane = Delete lane
context-add-card-here = Add card here
context-paste-here = Paste here
context-edit-label = Edit label
context-delete-arrow = Delete arrow
context-rename = Rename
context-lane-kind = Lane kind
context-colour = Colour

## Notices: the banner across the top, the toast, their buttons

notice-dismiss-message = Dismiss message
notice-dismiss = Dismiss
notice-show = Show
notice-merge-it = Merge it
notice-put-away-copy = Move the copy to the backups

## Review notes panel

notes-hide = Hide (Ctrl+Shift+N)
notes-none = No open notes. Select a card and add one in the inspector.
notes-open = { $count ->
    [one] 1 open note
   *[other] { $count } open notes
}
notes-replies = { $count ->
    [one] 1 reply
   *[other] { $count } replies
}

## Command palette

palette-title = Command palette
palette-hint = Type a command…
palette-search = Search commands
palette-no-match = No command matches
palette-go-to-map = Map: Go to “{ $name }”
palette-go-to-map-tip = Show this map of the project
# What the palette matches a map by, besides its name.
palette-go-to-map-words = Go to map { $name }

## Find bar

find-label = Find
find-hint = Titles, bodies, tags, owners, metrics
find-cards = Find cards
find-no-matches = No matches
# The match shown among all found: "2 of 5".
find-n-of-total = { $n } of { $total }
find-found = { $count } found
find-previous = Previous match (Shift+Enter)
find-next = Next match (Enter)
find-all-maps = All maps
find-close = Close find bar (Escape)

## Templates (File → New from template, Settings)

template-standard = Standard five-stage journey
template-blank = Blank map
template-b2b = B2B purchase
template-service-blueprint = Service blueprint
template-ecommerce = E-commerce
template-day-in-the-life = A day in the life
template-healthcare = Patient journey
template-saas-onboarding = SaaS onboarding
template-public-service = Public service
template-hotel-stay = Hotel stay
template-employee-onboarding = Employee onboarding
template-standard-about = Five stages from awareness to advocacy, with the usual lanes and nothing filled in.
template-blank-about = Three stages and one lane: build your own structure.
template-b2b-about = A buying committee's journey from problem to renewal.
template-service-blueprint-about = Customer actions over frontstage, backstage and support processes.
template-ecommerce-about = Discover, browse, buy, delivery, returns and loyalty, with a conversion funnel.
template-day-in-the-life-about = One person's day hour by hour, to find moments that matter.
template-healthcare-about = A first outpatient visit, from the GP's referral to the results, with waiting times.
template-saas-onboarding-about = A trial from sign-up to purchase, with the activation funnel.
template-public-service-about = Applying for a benefit: finding out, eligibility, proof, decision and payment.
template-hotel-stay-about = A business traveller's stay, from booking to the review.
template-employee-onboarding-about = A new hire's first ninety days, from the offer to feeling at home.
gallery-title = New from a template
gallery-create = Create
gallery-cancel = Cancel
gallery-hint = Double-click or press Enter to start from the selected template.

## Notices about the file

notice-opened = Opened { $path }
notice-saved = Saved { $path }
notice-saved-without-backup = Saved, but the previous version could not be backed up: { $error }
notice-reloaded = Reloaded { $path }
notice-new-from-template = New project from the { $name } template
notice-imported = Imported { $path }; save it as a project
notice-restored = Restored unsaved changes; save to keep them
notice-file-gone = { $path } was deleted or moved away. Your map is still here: save it with Save As.
notice-disk-unreadable = { $path } on disk has not read as a Waymark project for 10 seconds ({ $error }). Your map here is unchanged; saving writes it again.
notice-newer-on-disk = A colleague saved this file with a newer Waymark (format version { $version }), so it is read-only here. Save a copy to keep your version.
notice-offer-automatic = { $name } has this file open too. Save automatically, so each of you sees the other's changes within seconds?
# $what: what the colleague's save changed.
notice-copy-merged = Merged the conflicted copy. { $what }
notice-copy-put-away = Moved the conflicted copy to the backups; Compare with… lists it
notice-no-recovery-copy = Cannot keep a recovery copy: { $error }
notice-merged-with-unsaved = { $what } — merged with your unsaved changes
notice-conflicts-to-settle = { $count ->
    [one] { $what }. 1 conflict to settle: both versions are kept, pick one in the list.
   *[other] { $what }. { $count } conflicts to settle: both versions are kept, pick one in the list.
}
notice-own-file-dialog = This computer has no system file dialog, so Waymark shows its own.
notice-dialog-failed = The file dialog could not be shown: { $error }.
notice-save-dialog-failed = The Save dialog could not be shown: { $error }. Nothing was saved.
# What the compare list calls the version before a colleague's save.
compare-before-whose = Before { $name }'s changes
compare-before-disk = Before the changes from disk

## Questions (modal)

prompt-unsaved-closing = Save changes to { $name } before closing?
prompt-unsaved-going-on = Save changes to { $name } before going on?
prompt-unsaved-text = If you don't save, your changes will be lost.
prompt-changed-on-save = { $name } was changed by another program
prompt-changed-on-save-text = Someone or something changed the file on disk after you opened it. Saving now would replace those changes with yours.
prompt-changed-on-disk = { $name } changed on disk
prompt-changed-on-disk-text = The file on disk changed since you opened it.
prompt-changed-on-disk-dirty-text = The file on disk changed since you opened it. Reloading loses your unsaved changes here.
prompt-untitled = the untitled project "{ $title }"
prompt-recover = Restore unsaved changes?
# $when: how long ago, e.g. "5 minutes ago".
prompt-recover-text = Waymark did not close normally. Unsaved changes to { $file } from { $when } were kept.
answer-discard = Discard
answer-dont-save = Don't save
answer-overwrite = Overwrite
answer-reload-from-disk = Reload from disk
answer-reload = Reload
answer-restore = Restore
answer-later = Not now
answer-keep-this-version = Keep this version
answer-cancel = Cancel

## How long ago (plural forms: "a minute ago", "5 minutes ago")

time-just-now = less than a minute ago
time-minutes-ago = { $count ->
    [one] a minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] an hour ago
   *[other] { $count } hours ago
}
time-yesterday = yesterday
time-days-ago = { $count ->
    [one] a day ago
   *[other] { $count } days ago
}
colour-blue = Blue
colour-yellow = Yellow
colour-purple = Purple
colour-red = Red
colour-green = Green
colour-orange = Orange
colour-grey = Grey
colour-white = White

## Inspector (the panel on the right)

inspector-hint = Double-click a cell to add a card. Drag cards between cells; drag a stage or lane header to reorder. Select something to edit it here.
inspector-auto = Auto
# For screen readers: "Colour: automatic", "Colour: Blue".
inspector-colour-automatic = { $name }: automatic
inspector-colour-named = { $name }: { $colour }
inspector-card = Card
inspector-title = Title
inspector-body = Body
inspector-channel = Channel
inspector-none = None
inspector-mixed = Mixed
inspector-emotion = Emotion
inspector-scored = Scored
inspector-score = score
inspector-give-score = Give this card a score to place it on the curve.
inspector-scores-only-emotion = Scores show on the curve only in an emotion lane.
inspector-flags = Flags
inspector-tags = Tags (comma-separated)
inspector-owner = Owner
inspector-metric = Metric
inspector-opens = Opens map
inspector-opens-tip = Another map of the project this card opens, e.g. the journey of one stage in detail; the card shows a chip with its name (Ctrl+click it to open)
inspector-opens-go = Open
inspector-change-picture = Change picture…
inspector-add-picture = Add picture…
inspector-remove-picture = Remove picture
inspector-delete = Delete
inspector-n-cards = { $count ->
    [one] 1 card
   *[other] { $count } cards
}
inspector-applies-to-all = Changes here apply to every selected card.
inspector-tags-differ = Tags differ: typing here replaces them on every card.
inspector-owners-differ = Owners differ: typing here sets one owner for all.
inspector-stage = Stage
inspector-lane = Lane
inspector-name = Name
inspector-description = Description
inspector-stage-colour = Stage colour
inspector-kind = Kind
inspector-card-colour = Card colour
inspector-map-counts = { $stages } stages · { $lanes } lanes · { $cards } cards
inspector-map-name = Map name
inspector-current-state = Current state
inspector-future-state = Future state
inspector-scenario = Scenario
inspector-expectations = Expectations
inspector-project = Project
inspector-project-title = Project title
inspector-channels = Channels
inspector-channels-hint = Your own channels (a reception desk, a kiosk), beside the built-in ones; pick them in a card's Channel.
inspector-add-channel = Add channel
inspector-new-channel = New channel
inspector-channel-name = Channel name
# $icon: the icon's name in the library, e.g. "hospital".
inspector-channel-icon = Icon: { $icon }
inspector-channel-pick-icon = Pick an icon
inspector-delete-channel = Delete channel
inspector-delete-channel-tip = Delete the channel; cards on it are left with no channel
icon-search = Search icons
icon-search-hint = hospital, reception, phone…
icon-none-found = No icon has that name
inspector-card-icon = Icon
inspector-card-pick-icon = Pick an icon for the card
# $icon: the icon's name in the library.
inspector-card-icon-named = Card icon: { $icon }
inspector-card-no-icon = No icon
inspector-map-font = Map font
inspector-font-missing = “{ $name }” is not installed on this computer, so the map uses Inter. Install it, or choose another font.
inspector-map-language = Map language
inspector-map-language-what = The words Waymark draws on the maps and in exports (SCENARIO, Pain point, page numbers), and how it writes numbers and dates. The window's own language is in Settings.
inspector-language-automatic = Automatic ({ $name })
inspector-persona = Persona: { $name }
inspector-persona-lead = Persona: { $name } (lead)
inspector-role = Role
inspector-quote = Quote
inspector-goals = Goals (one per line)
inspector-needs = Needs (one per line)
inspector-frustrations = Frustrations (one per line)
inspector-change-photo = Change photo…
inspector-add-photo = Add photo…
inspector-remove-photo = Remove photo
inspector-delete-persona = Delete persona
inspector-delete-persona-tip = Delete the persona from the project (and from every map)
inspector-personas = Personas
inspector-lead = lead
inspector-make-lead = Make lead persona (its scores show as the cards' faces)
inspector-take-off-map = Take { $name } off this map
inspector-take-off-map-tip = Take off this map (the persona stays in the project)
inspector-add-persona = Add persona…
inspector-new-persona = New persona
inspector-no-persona = No persona: the map has one emotion curve.
inspector-curve-colour = Curve colour
inspector-curve-colour-n = Curve colour { $n }
inspector-arrows = Arrows
inspector-draw-arrow-to = Draw an arrow to…
inspector-arrow-label = Arrow label
inspector-arrow = Arrow
inspector-arrow-from = From “{ $title }”
inspector-arrow-to = to “{ $title }”
inspector-label = Label
inspector-no-metrics = No metrics yet. Add one, or import a CSV of stage, metric, value.
inspector-add-metric = Add metric
inspector-new-metric = New metric
inspector-import-csv = Import CSV…
inspector-import-csv-tip = Read values from a CSV with the columns stage, metric, value (and optionally unit, target, better: higher or lower)
inspector-metric-name = Metric name
inspector-value = Value
inspector-target = Target
inspector-custom-unit = Unit name
inspector-better-tip = Which side of the target is good: values on it are drawn green, the others red.
inspector-delete-metric = Delete metric
inspector-notes = Notes
inspector-notes-open-of = Notes ({ $count } open of { $total })
inspector-note-resolved = · resolved
inspector-reply-hint = Reply…
inspector-reply = Reply
inspector-reopen = Reopen
inspector-resolve = Resolve
inspector-new-note = New note
inspector-new-note-hint = Add a note as { $name }… (Ctrl+Enter adds it)
inspector-add-note = Add note

## Export dialog

export-title = Export map
export-copy-image = Copy image
export-copy-image-tip = Copy the map as a PNG image, to paste into slides
export-format = Format
# For screen readers: "Format PNG".
export-format-named = Format { $name }
export-scale = Scale
export-width = Width in pixels
export-pixels = { $width } × { $height } px
export-transparent = Transparent background
export-personas-page = Personas page before the map
export-persona-strip = Persona strip
export-persona-tip = Every persona of the map: name, role, quote, goals, needs, frustrations; the scenario and expectations
export-notes-tip = Numbered markers on cards with open review notes, and the list of notes at the end
export-notes-paged-tip = Numbered markers on cards with open review notes, and the notes on last pages
export-legend = Legend
export-include-notes = Include notes
export-outlines = Text as outlines
export-outlines-tip = Exact everywhere, but no longer editable as text
export-svg-fonts = The text stays editable text (in Figma, Illustrator, Inkscape), drawn in the map's fonts where they are installed: Inter, and for other scripts the fonts the map uses. Text as outlines looks exactly the same everywhere.
export-what = What to export
export-whole-map = Whole map
export-visible-area = Visible area
export-some-stages = Some stages
# "From [Discover] to [Advocacy]": the words before the two stage lists.
export-stages-from = From
export-stages-to = to
export-plan-slides = { $count ->
    [one] 1 slide, the title slide included
   *[other] { $count } slides, the title slide included
}
export-plan-pages-portrait = { $count ->
    [one] 1 page of { $size } portrait
   *[other] { $count } pages of { $size } portrait
}
export-plan-pages-landscape = { $count ->
    [one] 1 page of { $size } landscape
   *[other] { $count } pages of { $size } landscape
}
# $size: the card text's size in points, e.g. "9.5".
export-plan-note = { $what } · card text { $size } pt
export-preview = Export preview
export-updating-preview = Updating preview…
export-pages = Pages
export-one-page = One page, the map's size
export-portrait = Portrait
export-fit-page = Whole map on one page
export-fit-page-tip = Otherwise the map is split at stage boundaries so that card text prints at 9 pt or more
export-pptx-what = A title slide, then the map on 16:9 slides of editable shapes and text, its cards in the speaker notes.
export-every-map = Every map in one deck
export-every-map-tip = A divider slide before each map; otherwise only the map chosen above
export-fit-slide = Whole map on one slide
export-html-what = One file to share: every map, pan and zoom, card details on click; opens offline in any browser.
export-over-limit = Cannot export: { $what }, over the limit of { $limit }. To narrow it, choose Some stages under What to export.
export-over-limit-paged = Cannot export: { $what }, over the limit of { $limit }. To narrow it, choose Some stages under What to export, or Whole map on one page.
export-cannot = Cannot export: { $error }
export-exporting = Exporting { $name }
export-copying = Copying the map as an image
export-failed = The export failed: { $error }
export-map-gone = The map to export is gone.
export-cannot-write = The export was not written: { $error }
export-cannot-copy = Cannot copy the image: { $error }
export-stopped = The export stopped unexpectedly; try again.
export-cancelled = Export cancelled
export-unknown-format = Cannot tell the format of { $path }: name it .png, .svg, .pdf, .pptx, .html, .csv or .mmd
export-done = Exported { $path }
export-done-with-notes = Exported { $path }: { $notes }
export-copied = Copied the map as an image
export-cancel = Cancel export
cmd-language = Language…
cmd-language-tip = The language of the window's menus, panels and messages (Settings)

## Settings

settings-title = Settings
settings-kept-in = Kept in { $path }
settings-kept-in-tip = The data folder also holds recent files, backups and recovery copies
settings-language = Language
# "System (English)": follow the computer's language, which is currently English.
settings-language-system = System ({ $name })
settings-language-note = Menus, panels and messages. Each map's own labels follow the map's language (in the inspector).
settings-you = You
settings-your-name = Your name (on review notes)
settings-your-name-short = Your name
settings-your-name-hint = e.g. Maya Chen
settings-new-projects = New projects
settings-template-for-new = Template for File → New
settings-template = Template
settings-default-map-font = Default map font
settings-export = Export
settings-png-scale = PNG scale
settings-background = Background
settings-transparent = Transparent
settings-export-note = A project's first export starts from these; the Export dialog remembers each project's own choices.
settings-never-losing-work = Never losing work
settings-recovery-every = Recovery copy of unsaved work every
settings-seconds-suffix = {" s"}
settings-recovery-interval = Recovery interval
settings-save-automatically = Save files automatically (2 s after each change)
settings-save-automatically-note = Each file can be set otherwise with File → Save automatically; colleagues in a shared folder then see your changes within seconds.
settings-appearance = Appearance
settings-theme = Theme
settings-system = System
settings-light = Light
settings-dark = Dark
settings-dark-canvas = Dark canvas around the map in dark mode
settings-map-stays-light = The map itself stays light: it is the document, and exports look like it.
settings-saved = Settings saved
settings-window-only = Settings apply to this window only (no data folder)
settings-not-saved = The settings were not saved: { $error }

## File dialogs (the system's, or Waymark's own chooser)

dialog-save-title = Save journey map
dialog-open-title = Open journey map
dialog-compare-title = Compare with a file
compare-stacked = Side by side…
compare-stacked-tip = Both maps one above the other (the current state above), stages aligned by name and what changed tagged: look at it and export it as PNG, SVG, PDF or slides
dialog-picture-title = Choose a picture
dialog-import-title = Import a CSV grid or Mermaid journey
dialog-metrics-title = Import metric values
dialog-metrics-title-long = Import metric values (stage, metric, value)
dialog-filter-project = Waymark project
dialog-filter-pictures = Pictures
dialog-filter-grid-or-mermaid = CSV grid or Mermaid journey
dialog-filter-png = PNG image
dialog-filter-svg = SVG drawing
dialog-filter-pdf = PDF document
dialog-filter-pptx = PowerPoint slides
dialog-filter-html = HTML viewer
dialog-filter-csv = CSV spreadsheet grid
dialog-filter-mermaid = Mermaid journey

## Window title, empty window, notices about edits

# The window title's file name when it cannot be changed.
title-read-only = { $name } (read-only)
empty-window-hint = Open a project with File → Open…, or drop a file here.
notice-read-only = This file is read-only: save a copy to change it
notice-edit-failed = That change could not be made: { $error }
notice-deleted-stage = { $count ->
    [0] Deleted stage { $name }
    [one] Deleted stage { $name } and 1 card
   *[other] Deleted stage { $name } and { $count } cards
}
notice-deleted-lane = { $count ->
    [0] Deleted lane { $name }
    [one] Deleted lane { $name } and 1 card
   *[other] Deleted lane { $name } and { $count } cards
}
notice-deleted-cards = Deleted { $count } cards
notice-drop-picture = Drop a picture on a card or cell of a storyboard (images) lane
notice-not-a-picture = Cannot use { $path } as a picture: { $error }
notice-no-metrics-lane = This map has no metrics lane. Add a lane, set its kind to Metrics, then import its values.
notice-metrics-imported = Imported metric values from { $path } ({ $count } metrics)
notice-metrics-failed = Cannot import metric values from { $path }: { $error }. The lane is unchanged.
notice-autosave-on = This file now saves by itself 2 s after each change
notice-autosave-off = This file no longer saves by itself
# The name a new map starts with.
notice-new-map = New map
notice-no-arrow = No arrow drawn

## Waymark's own file chooser

chooser-cannot-list = Cannot list { $path }: { $error }. Type another folder.
chooser-type-a-name = Type a file name (or a whole path).
chooser-no-such-file = There is no file { $path }.
chooser-no-such-folder = That folder does not exist.
chooser-open = Open
chooser-folder = Folder
chooser-up = Up one folder
chooser-empty = Nothing here to show.
chooser-file-name = File name
chooser-file-name-hint = file name, or a whole path
chooser-replaces = A file with this name exists: saving replaces it.

## Compare

compare-failed = Could not compare with { $path }: { $error }. Choose another file.
compare-no-map = { $path } has no map to compare with.
compare-with-title = Compare with
compare-with = Compare the map on screen with:
compare-another-map = Another map of this project
compare-one-map = This project has one map. Map → Start future state makes a second.
compare-another-file = Another file
compare-choose-file = Choose a file…
compare-a-backup = A backup of this file
compare-no-backups = No backups yet: one is kept each time you save over the file.
compare-title = Compare
compare-close = Close the comparison
compare-from-to = From “{ $name }” to this map
compare-counts = Cards: { $added } added · { $removed } removed · { $changed } changed · { $moved } moved
compare-no-differences = No differences.
compare-select-card = Select this card
compare-restore-tip = Put this card back as the other version has it (undoable)
compare-backup = Backup
# $when: how long ago, e.g. "yesterday".
compare-backup-from = Backup from { $when }

## Merge conflicts

conflicts-notice = { $count ->
    [one] This file has 1 unresolved merge conflict: it holds our side of it until you pick one.
   *[other] This file has { $count } unresolved merge conflicts: it holds our side of each until you pick one.
}
conflicts-notice-by = { $count ->
    [one] This file has 1 unresolved merge conflict between two people's changes: pick one in the list.
   *[other] This file has { $count } unresolved merge conflicts between two people's changes: pick one of each in the list.
}
conflicts-review = Review conflicts…
conflicts-title = Merge conflicts
conflicts-close = Close the list
conflicts-what = Ours is the version merged into (what the file holds now); theirs is the one merged in.
conflicts-what-by = The map shows the first version of each until you pick one.
conflicts-show = Show it on the map
conflicts-delete-it = Delete it
conflicts-keep-it = Keep it
conflicts-keep-ours = Keep ours
conflicts-use-theirs = Use theirs
# $name: the person whose side it is (known when the window that merged knew them).
conflicts-keep-by = Keep { $name }'s
conflicts-use-by = Use { $name }'s
conflicts-ours-tip = Resolve with our side (undoable)
conflicts-theirs-tip = Resolve with their side (undoable)

## Presenting

present-stage = Stage { $n } of { $total }: { $name }
present-stages = Stages { $n }–{ $last } of { $total }: { $name } – { $lastname }
present-end = End presentation
present-end-key = Escape
present-next = Next stage ›
present-next-keys = →, Space
present-previous = ‹ Previous stage
present-per-view = + / − stages at once

## The canvas (names for screen readers, hints drawn on an empty map)

canvas-label = Map canvas
canvas-stage-named = Stage { $name }
canvas-lane-named = Lane { $name }
# The map canvas for screen readers: a cell, how many cards it holds, an arrow, a card's feeling and notes.
a11y-cell = Cell { $lane }, { $stage }
a11y-cell-cards = { $count ->
    [0] empty
    [one] 1 card
   *[other] { $count } cards
}
a11y-arrow = Arrow from { $from } to { $to }
a11y-feeling = feeling { $scores }
a11y-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
canvas-cell-hint = Enter or double-click: add a card here
canvas-card-title = Card title
canvas-stage-name = Stage name
canvas-lane-name = Lane name
canvas-untitled-card = Untitled card
canvas-add-card-to = Add card to { $lane } in { $stage }
canvas-empty-1 = This map has no cards yet.
canvas-empty-2 = Double-click a cell (or select it and press Ctrl+Enter) to add one.
canvas-empty-3 = Alt+Shift+S adds a stage, Alt+Shift+L a lane; double-click a header to rename it.
canvas-empty-4 = Right-click anywhere for more, or press F1 for every shortcut.
canvas-picture-unreadable = picture can't be shown

## Font picker

font-bundled = { $name } (bundled)
font-search = Search fonts

## Undo steps (Edit → Undo …, Redo …)

undo-move-cards = Move cards
undo-move-card = Move card
undo-add-picture = Add picture
undo-add-card = Add card
undo-edit-card = Edit card
undo-delete = Delete
undo-duplicate = Duplicate
undo-paste = Paste
undo-move-stage = Move stage
undo-move-lane = Move lane
undo-add-stage = Add stage
undo-add-lane = Add lane
undo-edit-stage = Edit stage
undo-edit-lane = Edit lane
undo-delete-stage = Delete stage
undo-delete-lane = Delete lane
undo-edit-map = Edit map
undo-add-map = Add map
undo-start-future-state = Start future state
undo-duplicate-map = Duplicate map
undo-delete-map = Delete map
undo-add-channel = Add channel
undo-edit-channel = Edit channel
undo-delete-channel = Delete channel
undo-add-persona = Add persona
undo-edit-persona = Edit persona
undo-delete-persona = Delete persona
undo-set-photo = Set photo
undo-set-picture = Set picture
undo-link-cards = Link cards
undo-edit-link = Edit link
undo-delete-link = Delete link
undo-rename-project = Rename project
undo-change-font = Change font
undo-change-language = Change language
undo-resolve-conflict = Resolve conflict
undo-restore-card = Restore card
undo-merge-before-saving = Merge before saving
undo-merge-conflicted-copy = Merge conflicted copy
undo-changes-from-the-file-on-disk = Changes from the file on disk
# A colleague's save taken in: "Changes from Maya".
undo-changes-from = Changes from { $name }

## What a colleague's save brought in (the notice: "Aiko: 3 cards changed, 1 card added")

incoming-who = { $name }: { $what }
incoming-nothing = nothing changed
# $thing: card, link, stage, lane, map, persona or image; $op: changed, added, removed, moved.
incoming-part = { $thing ->
    [card] { $count ->
        [one] 1 card
       *[other] { $count } cards
    }
    [link] { $count ->
        [one] 1 arrow
       *[other] { $count } arrows
    }
    [stage] { $count ->
        [one] 1 stage
       *[other] { $count } stages
    }
    [lane] { $count ->
        [one] 1 lane
       *[other] { $count } lanes
    }
    [map] { $count ->
        [one] 1 map
       *[other] { $count } maps
    }
    [persona] { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }
    [channel] { $count ->
        [one] 1 channel
       *[other] { $count } channels
    }
   *[image] { $count ->
        [one] 1 picture
       *[other] { $count } pictures
    }
} { $op ->
    [added] added
    [removed] deleted
    [moved] moved
   *[changed] changed
}
# $fields: the project's title, font, language, joined with incoming-and.
incoming-project = the project's { $fields } changed
incoming-and = {" and "}
incoming-field-title = title
incoming-field-font = font
incoming-field-language = language

## A sync service's conflict copy, offered for merging ("Merge Aiko's conflicted copy: map.waymark")

copy-offer-whose = Merge { $name }'s conflicted copy
copy-offer-from = Merge the copy from { $name }
# $service: Dropbox, Nextcloud, Syncthing, OneDrive, Google Drive; $when: as the file name says it.
copy-offer-service-when = Merge the { $service } copy from { $when }
copy-offer-service = Merge the { $service } copy

## Errors about the file (the reason after the colon is the system's or the reader's)

# Why a project file did not open ("Cannot open FILE: …").
load-not-found = the file does not exist (it may have been moved, renamed or deleted)
load-permission = you do not have permission to read it
load-too-large = the file is { $size } MB, over the { $limit } MB a project can be
load-not-text = the file is not text; it may be another kind of file
load-empty = the file is empty; it may still be being written (is a sync still running?)
load-truncated = the file ends early at line { $line }, column { $column }; it may be truncated (is a sync still running?)
load-too-deep = the file is nested too deeply to be a project (line { $line }, column { $column })
load-damaged = the file is damaged at line { $line }, column { $column } ({ $detail })
load-not-waymark = this is not a Waymark project ({ $detail })
load-newer = the file was saved by a newer Waymark (format { $found }; this one reads up to { $supported }): update Waymark to open it
load-too-many-values = the file holds far more values than any project; it is not a project Waymark wrote
load-text-too-long = a text at { $where } is { $size } MB, over the { $limit } MB limit
load-invalid = the project breaks a rule: { $detail }
# Why a file could not be written.
save-cannot = cannot save { $path }: { $reason }
save-no-folder = its folder does not exist any more
save-permission = you do not have permission to write there
save-disk-full = the disk is full
save-read-only-disk = the disk is read-only
save-read-only-file = cannot save { $path }: the file is read-only; save under another name
save-not-a-file = cannot save { $path }: it is not an ordinary file
error-open = Cannot open { $path }: { $error }. The map on screen is unchanged.
# $name: "sample" or a template's name.
error-bundled = The bundled { $name } is damaged: { $error }
error-import = Cannot import { $path }: { $error }. The map on screen is unchanged.
error-reload = Cannot reload { $path }: { $error }. The map on screen is unchanged.
error-restore = The recovered changes cannot be read: { $error }
error-merge = A colleague's changes could not be merged in: { $error }. Your document is unchanged; save a copy with Save As.
error-copy = The conflicted copy could not be merged: { $error }. The map on screen is unchanged.
error-put-away = The conflicted copy could not be moved to the backups: { $error }
error-save-newer = { $path } was made by a newer Waymark (format version { $version }); save it under a new name so the original stays intact
error-save-read-only = { $path } is read-only; save your version under a new name
error-save-changed-on-disk = { $path } was changed on disk by another program since you opened it; reload it, or save your version under a new name (or overwrite)
error-save-write = { $error }; the file on disk is unchanged
error-save-read-back = { $path } was written but does not read back correctly ({ $error }); save under another name

## Why an export, an import, a picture, the clipboard, a backup or a merge failed (the
## reason inside the sentences above; a detail in brackets is the parser's or the
## system's own words)
problem-io-not-found = the file or folder does not exist (it may have been moved, renamed or deleted)
problem-io-permission = you do not have permission to use it
problem-read = cannot read { $path }: { $reason }
problem-not-a-file = { $path } is not an ordinary file (it may be a folder); choose a file
problem-read-too-large = { $path } is { $size } MB, over the { $limit } MB limit for this kind of file
problem-cannot-read-file = cannot read the file: { $reason }
over-project-cells = the project's maps have { $count } cells (stages × lanes) in all
over-project-cards = the project's maps have { $count } cards in all
over-stages = the export has { $count } stages
over-lanes = the map has { $count } lanes
over-cells = the export has { $count } cells (stages × lanes)
over-cards = the export has { $count } cards
over-pages = the PDF would have at least { $count } pages
over-slides = the deck would have at least { $count } slides
problem-export-over-limit = { $what }, over the limit of { $limit }; choose Some stages under What to export
problem-export-too-large = the image would be { $width } × { $height } pixels, too large to draw; choose a smaller scale or Some stages, or export as PDF or SVG
problem-export-too-many-shapes = the map would draw { $shapes } shapes, over the { $limit } a PNG can hold; choose Some stages, or export as PDF or SVG
problem-export-page-too-large = the page would be { $width } × { $height } points, over the { $limit } points a side PDF readers open; choose Some stages, or export as SVG
problem-export-bad-scale = the scale { $scale } is not between 0.1 and 8; choose another scale
problem-export-internal = Waymark could not draw it, which is an error in Waymark: please report it with the map ({ $detail })
problem-export-encode = the PNG could not be encoded ({ $detail }); try again, or export as PDF or SVG
problem-import-unknown-kind = Waymark cannot tell what { $name } holds: import reads a CSV grid (.csv) or a Mermaid journey (.mmd or .mermaid)
problem-csv-too-large = the CSV is { $size } MB, over the { $limit } MB limit; split the spreadsheet into smaller ones
problem-csv-too-many = the grid has more than { $limit } { $what ->
        [stages] stages
        [lanes] lanes
       *[cards] cards
    }, over the limit; split it into smaller grids
problem-csv-too-long = line { $line }: a name or title is { $chars } characters long, over the { $limit }-character limit; shorten it in the spreadsheet
problem-csv-not-utf8 = the CSV is not UTF-8 text; in the spreadsheet, save it as “CSV UTF-8” and import it again
problem-csv-unclosed = line { $line }: a quoted field is never closed; add the missing quotation mark
problem-csv-no-stages = the first row must name the stages, from the second column on; add them and import again
problem-csv-parse = the CSV cannot be read ({ $detail })
problem-mermaid-too-large = the Mermaid file is { $size } MB, over the { $limit } MB limit
problem-mermaid-not-utf8 = the Mermaid file is not UTF-8 text; save it as UTF-8 and import it again
problem-mermaid-not-journey = line { $line } starts with “{ $start }”: this is not a Mermaid journey, the only kind of Mermaid diagram Waymark imports
problem-mermaid-no-journey = the file holds no Mermaid journey (no line says “journey”), the only kind of Mermaid diagram Waymark imports
problem-mermaid-line = line { $line } is not written as a Mermaid journey expects ({ $detail }); correct it and import again
problem-mermaid-too-many = the journey has more than { $limit } { $what ->
        [sections] sections
        [actors] actors
       *[tasks] tasks
    }, over the limit; split it into smaller journeys
problem-metrics-too-large = the CSV is { $size } MB, over the { $limit } MB limit for metric values
problem-metrics-row = line { $line } cannot be used ({ $detail }); correct it and import again
problem-metrics-empty = the CSV holds no metric values; it needs the columns stage, metric and value
problem-metrics-parse = the CSV cannot be read ({ $detail })
problem-picture-not-an-image = it is not a PNG or JPEG picture; save it as PNG or JPEG first
problem-picture-too-large = the file is { $size } MB, over the { $limit } MB limit for a picture; save a smaller version
problem-picture-too-many-pixels = the picture is { $width } × { $height } pixels, over the { $limit } × { $limit } limit; scale it down first
problem-picture-too-much-memory = the picture is { $width } × { $height } pixels, more than Waymark can decode; scale it down first
problem-picture-damaged = the picture is damaged and cannot be read ({ $detail })
problem-picture-wrong-type = it says it is { $labelled } but is a { $actual } picture; save it again in an image editor
problem-clipboard = the image could not be prepared ({ $detail }); export it to a file instead
problem-store = { $path }: { $reason }
problem-merge = Waymark could not combine the two versions, which is an error in Waymark: please report it ({ $detail })
problem-copy-unreadable = { $path } does not open as a project: { $reason }
problem-lane-holds-cards = the lane “{ $lane }” holds { $count ->
        [one] a card
       *[other] { $count } cards
    }, which a lane of that kind cannot show; move or delete them first
problem-no-cards-here = the lane “{ $lane }” cannot show cards; choose a Cards or Images lane
read-only-newer = Read-only: this file was made by a newer Waymark (format version { $version }). Changes cannot be made here; save a copy to keep it in this version's format.
read-only-file = Read-only: the file's permissions do not allow changing it. Changes cannot be made here; save a copy to work on it.
notice-restored-untied = The recovered changes were made to { $path }, which { $why ->
        [read-only] is read-only
        [newer] comes from a newer Waymark
        [gone] no longer exists
        [unreadable] cannot be read
       *[not-a-project] is not a Waymark project
    }: they are untitled now; Save asks where to keep them.
problem-edit-missing = what it changes is gone, perhaps deleted meanwhile by a colleague's save; nothing was changed ({ $detail })
problem-last-map = a project keeps at least one map; add another map before deleting this one
problem-link-to-itself = a card cannot point to itself; draw the arrow to another card
problem-already-linked = those cards are already linked
note-score-outside = line { $line }: the task “{ $task }” has the score { $score }, outside Mermaid's 1 to 5; taken as { $taken }
note-score-not-number = line { $line }: the score “{ $score }” of the task “{ $task }” is not a number (Mermaid scores run 1 to 5); taken as 3, neutral
note-more-scores = and { $count ->
        [one] one more score
       *[other] { $count } more scores
    } like these

## What an export could not show or write as it is (shown after "Exported …:")
export-note-pictures = { $count ->
        [one] left out one picture that cannot be shown
       *[other] left out { $count } pictures that cannot be shown
    }: { $names }
export-note-small-text = card text prints at { $pt } pt, under { $min } pt: try a larger page
export-note-small-text-fit = card text prints at { $pt } pt, under { $min } pt: try a larger page, or turn off “Whole map on one page”
export-note-rewritten = { $what } “{ $text }” is written as “{ $written }” ({ $why })
export-note-more-rewritten = and { $count ->
        [one] one more text
       *[other] { $count } more texts
    } Mermaid cannot hold as they are
export-note-mermaid-left-out = { $count ->
        [one] one card
       *[other] { $count } cards
    } in lanes other than “{ $lane }” and the emotion curve left out: a Mermaid journey holds one lane of tasks
export-note-csv-one-line = { $count ->
        [one] one text
       *[other] { $count } texts
    } with a line break, a space at an end or no text written as one line of words (a cell holds one card per line): { $first }{ $more }
export-note-html-on-white = the HTML viewer draws its maps on white, not transparent
export-note-and-more = { " " }and { $count } more
note-thing-title = the title
note-thing-scenario = the scenario
note-thing-stage = stage { $id }
note-thing-lane = lane { $id }
note-thing-card = card { $id }
note-thing-persona = persona { $id }
note-why-title = a Mermaid title cannot hold # ; %% or line breaks
note-why-scenario = Mermaid's accDescr block ends at {"}"}, and each line is trimmed
note-why-section = a Mermaid section name cannot hold # ; : %% or line breaks, a <br> in it is a line break, and Waymark reads the lines after the first as the stage's description
note-why-task = a Mermaid task name cannot hold # ; : %% or line breaks
note-why-actor = a Mermaid actor cannot hold , : # ; %% line breaks or runs of spaces
note-why-actor-twin = another persona's name is written the same, and they read back as one
