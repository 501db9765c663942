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

cmd-new = New
cmd-new-tip = Start a new journey map
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
cmd-import-metrics-tip = Read a CSV of stage, metric, value (optionally unit, target) into the selected metrics lane (or the map's first)
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
cmd-edit-title-tip = Edit the selected card's title, or rename the selected stage or lane, in place
cmd-add-card-after = Add card after
cmd-add-card-after-tip = Add a card after the selected one (or in the selected cell) and edit its title
cmd-add-stage = Add stage
cmd-add-stage-tip = Add a stage after the selected one (or at the end)
cmd-add-lane = Add lane
cmd-add-lane-tip = Add a lane below the selected one (or at the bottom)
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
notice-copy-put-away = Moved the conflicted copy to the backups ({ $path })
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
