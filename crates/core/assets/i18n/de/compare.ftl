# Die Sätze von Vergleich und Zusammenführung: die Zeilen im Vergleich, die Liste der
# Zusammenführungskonflikte. Die Kommandozeile (waymark diff / merge) bleibt Englisch.
# Begriffe wie im Fenster: Map, Karte, Phase, Bahn, Persona, Notiz; „unsere“ ist die
# Fassung, in die zusammengeführt wurde, „ihre“ die hineingeführte.

## Typografie

quote = „{ $text }“
note-quote = „{ $text }“
place = {" "}({ $lane } · { $stage })
cell = { $lane } · { $stage }
list-separator = {", "}
parts-separator = {"; "}
delta = {" "}({ $delta })

## Was sich geändert hat

thing-project = Projekt
thing-persona = Persona
thing-map = Map
thing-stage = Phase
thing-lane = Bahn
thing-card = Karte
thing-link = Pfeil
thing-image = Bild
thing-channel = Kanal

## Werte

value-none = keine
value-empty = (leer)
value-yes = ja
value-no = nein
value-entries = { $count ->
    [one] 1 Eintrag
   *[other] { $count } Einträge
}
language-guessed = (aus dem Text ermittelt)

## Felder

field-title = Titel
field-name = Name
field-font = Schrift
field-language = Sprache
field-role = Rolle
field-quote = Zitat
field-goals = Ziele
field-needs = Bedürfnisse
field-frustrations = Frustrationen
field-photo = Foto
field-color = Farbe
field-state = Zustand
field-personas = Personas
field-scenario = Szenario
field-expectations = Erwartungen
field-stages = Phasen
field-lanes = Bahnen
field-cards = Karten
field-links = Pfeile
field-maps = Maps
field-description = Beschreibung
field-kind = Art
field-metrics = Kennzahlen
field-cell = Platz
field-body = Text
field-channel = Kanal
field-emotion = Emotion
field-scores = Werte
field-tags = Schlagwörter
field-flags = Markierungen
field-owner = Verantwortlich
field-metric = Kennzahl
field-image = Bild
field-notes = Notizen
field-label = Beschriftung
field-from = Start
field-to = Ziel
field-data = Daten
field-text = Text
field-author = Verfasser
field-date = Datum
field-unit = Einheit
field-chart = Diagramm
field-custom_unit = Name der Einheit
field-better = Richtung

## Einheit, Richtung und Diagramm einer Kennzahl (als Werte einer Änderung)

metric-unit-percent = Prozent
metric-unit-number = Zahl
metric-unit-currency = Währung
metric-unit-score = Punktwert
metric-unit-seconds = Sekunden
metric-unit-minutes = Minuten
metric-unit-hours = Stunden
metric-unit-days = Tage
metric-unit-custom = eigene Einheit
metric-better-higher = mehr ist besser
metric-better-lower = weniger ist besser
metric-chart-bars = Balken
metric-chart-line = Linie
metric-chart-funnel = Trichter

## Zeilen im Vergleich

change-added = + { $what } { $name } hinzugefügt{ $place }
change-removed = - { $what } { $name } entfernt{ $place }
change-moved = → { $name } verschoben
change-moved-from-to = → { $name } von { $from } nach { $to } verschoben ({ $within })
change-moved-across = → { $name } von { $from } nach { $to } verschoben
change-position = ↕ { $what } { $name } von Platz { $before } auf Platz { $after }{ $place }
change-position-in-cell = ↕ { $what } { $name } innerhalb der Zelle von Platz { $before } auf Platz { $after }{ $place }
change-detail = ~ { $what } { $name }: { $detail }{ $place }
change-project-detail = ~ Projekt: { $detail }
change-language = ~ Sprache: { $before } → { $after }
change-project-field = ~ Projekt, { $field }: { $before } → { $after }
change-renamed = ~ { $what } { $before } → { $after }{ $place }
change-emotion = ~ { $what } { $name }, Emotion: { $before } → { $after }{ $delta }{ $place }
change-field = ~ { $what } { $name }, { $field }: { $before } → { $after }{ $place }

## Teile von Feldern mit Struktur

note-label = Notiz von { $author } { $words }
note-label-anonymous = Notiz { $words }
reply-label = Antwort von { $author } { $words }
reply-label-anonymous = Antwort { $words }
note-added = { $note } hinzugefügt
note-deleted = { $note } gelöscht
note-resolved = { $note } erledigt
note-reopened = { $note } wieder geöffnet
note-field = { $note }, { $field }: { $before } → { $after }
reply-added = { $reply } auf { $note } hinzugefügt
reply-deleted = { $reply } auf { $note } gelöscht
reply-changed = Antwort von { $author } auf { $note }: { $before } → { $after }
reply-changed-anonymous = Antwort auf { $note }: { $before } → { $after }
metric-added = Kennzahl „{ $name }“ hinzugefügt
metric-deleted = Kennzahl „{ $name }“ gelöscht
metric-renamed = Kennzahl „{ $before }“ umbenannt in „{ $after }“
metric-field = { $metric }, { $field }: { $before } → { $after }
metric-value = { $metric } · { $stage }: { $before } → { $after }
metric-target = { $metric } · { $stage }, Ziel: { $before } → { $after }
persona-added = Persona { $name } hinzugefügt
persona-taken-off = Persona { $name } herausgenommen
lead-persona = Haupt-Persona: { $before } → { $after }
persona-order = Reihenfolge der Personas: { $before } → { $after }
map-score = Wert der Map
score-emotion = Emotion: { $before } → { $after }{ $delta }
score-for = Wert für { $name }: { $before } → { $after }{ $delta }

## Zusammenführungskonflikte

conflict-the-project = Das Projekt
conflict-thing = { $what } { $name }
conflict-nothing = nichts
conflict-field = { $thing }, { $field } – unsere: { $ours }, ihre: { $theirs }
conflict-sides = { $thing } – unsere: { $ours }, ihre: { $theirs }
conflict-field-by = { $thing }, { $field } – { $ours_by }: { $ours }, { $theirs_by }: { $theirs }
conflict-sides-by = { $thing } – { $ours_by }: { $ours }, { $theirs_by }: { $theirs }
conflict-persona-taken-off = { $deleter ->
    [ours] { $thing } wurde in unserer Fassung von der Map { $map } genommen, hat in ihrer aber noch Werte auf Karten
   *[theirs] { $thing } wurde in ihrer Fassung von der Map { $map } genommen, hat in unserer aber noch Werte auf Karten
}
conflict-deleted = { $deleter ->
    [ours] { $thing } wurde in unserer Fassung gelöscht, in ihrer aber geändert oder noch verwendet
   *[theirs] { $thing } wurde in ihrer Fassung gelöscht, in unserer aber geändert oder noch verwendet
}
conflict-order = { $thing }: Die { $field } wurden auf beiden Seiten verschieden umsortiert
