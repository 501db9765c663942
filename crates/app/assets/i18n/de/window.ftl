# Die Wörter des Fensters (Menüs, Befehle, Inspektor, Dialoge, Meldungen) auf Deutsch.
# Vorlage ist crates/app/assets/i18n/en/window.ftl; siehe docs/translating.md.
# Anrede: „Sie“ wird vermieden, wo es geht (Befehle im Infinitiv, wie in Menüs üblich).

## Menüs

group-file = Datei
group-edit = Bearbeiten
group-select = Auswahl
group-map = Map
group-view = Ansicht
group-help = Hilfe

menu-undo-what = Rückgängig: { $what }
menu-redo-what = Wiederholen: { $what }
menu-save-automatically-on = ✔ Automatisch speichern
menu-new-from-template = Neu aus Vorlage
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Keine zuletzt geöffneten Dateien
menu-clear-recent = Liste leeren

## Befehle

cmd-new = Neu…
cmd-new-tip = Eine neue Journey Map aus einer Vorlage beginnen
cmd-open = Öffnen…
cmd-open-tip = Eine Projektdatei öffnen
cmd-save = Speichern
cmd-save-tip = Das Projekt speichern
cmd-save-as = Speichern unter…
cmd-save-as-tip = Das Projekt unter einem neuen Namen speichern
cmd-save-automatically = Automatisch speichern
cmd-save-automatically-tip = Diese Datei zwei Sekunden nach jeder Änderung von selbst speichern, damit Kolleginnen und Kollegen, die sie teilen, Ihre Änderungen sehen
cmd-import-csv = CSV-Raster oder Mermaid-Journey importieren…
cmd-import-csv-tip = Eine Map aus einem CSV-Raster aus Phasen und Bahnen (.csv) oder einer Mermaid-Journey (.mmd) erstellen
cmd-import-metrics = Kennzahlen importieren…
cmd-import-metrics-tip = Eine CSV-Datei mit Phase, Kennzahl, Wert (optional Einheit, Ziel, Richtung higher/lower) in die ausgewählte Kennzahlen-Bahn (oder die erste der Map) einlesen
cmd-notes-panel = Review-Notizen
cmd-notes-panel-tip = Die Liste der offenen Review-Notizen ein- oder ausblenden; ein Klick wählt die zugehörige Karte aus
cmd-export = Exportieren…
cmd-export-tip = Die Map als PNG, SVG, PDF-Seiten, PPTX-Folien, HTML-Viewer, CSV oder Mermaid exportieren
cmd-settings = Einstellungen…
cmd-settings-tip = Ihr Name, neue Projekte, Export-Vorgaben, Wiederherstellung und Design
cmd-language = Sprache…
cmd-language-tip = Die Sprache der Menüs, Bereiche und Meldungen des Fensters (Einstellungen)
cmd-quit = Beenden
cmd-quit-tip = Waymark schließen
cmd-undo = Rückgängig
cmd-undo-tip = Die letzte Änderung rückgängig machen
cmd-redo = Wiederholen
cmd-redo-tip = Das Rückgängiggemachte wiederholen
cmd-cut = Ausschneiden
cmd-cut-tip = Die ausgewählten Karten ausschneiden
cmd-copy = Kopieren
cmd-copy-tip = Die ausgewählten Karten kopieren
cmd-paste = Einfügen
cmd-paste-tip = Karten (oder Text als neue Karte) in die ausgewählte Zelle einfügen
cmd-duplicate = Duplizieren
cmd-duplicate-tip = Die ausgewählten Karten duplizieren
cmd-delete = Löschen
cmd-delete-tip = Die ausgewählten Karten, die Phase oder die Bahn löschen
cmd-select-all = Alle Karten auswählen
cmd-select-all-tip = Jede Karte der Map auswählen
cmd-edit-title = Titel bearbeiten
cmd-edit-title-tip = Den Titel der ausgewählten Karte bearbeiten oder die ausgewählte Phase oder Bahn direkt umbenennen; in einer ausgewählten Zelle dort eine Karte anlegen
cmd-add-card-after = Karte danach hinzufügen
cmd-add-card-after-tip = Eine Karte nach der ausgewählten (oder in der ausgewählten Zelle) hinzufügen und ihren Titel bearbeiten
cmd-add-stage = Phase hinzufügen
cmd-add-stage-tip = Eine Phase nach der ausgewählten Phase oder nach der Phase der ausgewählten Karte oder Zelle hinzufügen (sonst am Ende)
cmd-add-lane = Bahn hinzufügen
cmd-add-lane-tip = Eine Bahn unter der ausgewählten Bahn oder unter der Bahn der ausgewählten Karte oder Zelle hinzufügen (sonst ganz unten)
cmd-draw-arrow = Pfeil von hier ziehen
cmd-draw-arrow-tip = Einen Pfeil von der ausgewählten Karte ziehen: dann eine Karte anklicken oder mit den Pfeiltasten wählen und Eingabe drücken
cmd-select-left = Links auswählen
cmd-select-left-tip = Die nächste Karte links auswählen
cmd-select-right = Rechts auswählen
cmd-select-right-tip = Die nächste Karte rechts auswählen
cmd-select-up = Oben auswählen
cmd-select-up-tip = Die nächste Karte darüber (oder den Phasenkopf) auswählen
cmd-select-down = Unten auswählen
cmd-select-down-tip = Die nächste Karte darunter auswählen
cmd-next-card = Nächste Karte
cmd-next-card-tip = Die nächste Karte in Lesereihenfolge auswählen
cmd-previous-card = Vorherige Karte
cmd-previous-card-tip = Die vorherige Karte in Lesereihenfolge auswählen
cmd-move-left = Nach links
cmd-move-left-tip = Die ausgewählten Karten eine Phase nach links verschieben, oder die ausgewählte Phase
cmd-move-right = Nach rechts
cmd-move-right-tip = Die ausgewählten Karten eine Phase nach rechts verschieben, oder die ausgewählte Phase
cmd-move-up = Nach oben
cmd-move-up-tip = Die ausgewählten Karten eine Bahn nach oben verschieben, oder die ausgewählte Bahn
cmd-move-down = Nach unten
cmd-move-down-tip = Die ausgewählten Karten eine Bahn nach unten verschieben, oder die ausgewählte Bahn
cmd-context-menu = Kontextmenü
cmd-context-menu-tip = Zeigen, was sich mit der Auswahl tun lässt
cmd-find = Suchen…
cmd-find-tip = Karten nach ihrem Text suchen
cmd-find-next = Weitersuchen
cmd-find-next-tip = Den nächsten Treffer auswählen
cmd-find-previous = Rückwärts suchen
cmd-find-previous-tip = Den vorherigen Treffer auswählen
cmd-zoom-in = Vergrößern
cmd-zoom-in-tip = Vergrößern
cmd-add-map = Map hinzufügen
cmd-add-map-tip = Dem Projekt eine leere Map (Phasen und Bahnen zum Füllen) hinzufügen und benennen
cmd-start-future-state = Soll-Zustand beginnen
cmd-start-future-state-tip = Diese Map als Soll-Zustand der Journey kopieren (ohne ihre Review-Notizen)
future-title = Soll-Zustand beginnen
future-what = Eine Kopie dieser Map, gekennzeichnet als die Journey, wie sie werden soll. Ändern Sie sie frei; Ansicht → Vergleichen mit… zeigt, was sich geändert hat.
future-keep-notes = Review-Notizen mitkopieren
future-keep-notes-tip = Die Notizen betrafen die heutige Journey; die meisten Soll-Zustände beginnen ohne sie
future-keep-scores = Gefühlswerte behalten
future-keep-scores-tip = Leeren, um Karte für Karte zu bewerten, wie sich die künftige Journey anfühlen soll
future-start = Beginnen
future-cancel = Abbrechen
cmd-duplicate-map = Map duplizieren
cmd-duplicate-map-tip = Diese Map in eine neue Map des Projekts kopieren
cmd-rename-map = Map umbenennen…
cmd-rename-map-tip = Einen neuen Namen für die angezeigte Map eingeben
cmd-delete-map = Map löschen
cmd-delete-map-tip = Die angezeigte Map löschen (Rückgängig holt sie zurück)
cmd-next-map = Nächste Map
cmd-next-map-tip = Die nächste Map des Projekts zeigen
cmd-previous-map = Vorherige Map
cmd-previous-map-tip = Die vorherige Map des Projekts zeigen
cmd-open-linked-map = Verknüpfte Map öffnen
cmd-open-linked-map-tip = Die Map zeigen, die die ausgewählte Karte öffnet (eine Teil-Journey); die Leiste darüber führt zurück
trail-back = ← Zurück zu „{ $name }“
trail-back-tip = Zurück zur Map, von der Sie kamen
context-open-map = „{ $name }“ öffnen
cmd-zoom-out = Verkleinern
cmd-zoom-out-tip = Verkleinern
cmd-actual-size = Originalgröße
cmd-actual-size-tip = Auf 100 % zoomen
cmd-fit-map = Ganze Map
cmd-fit-map-tip = Die ganze Map zeigen
cmd-zoom-to-selection = Auswahl einpassen
cmd-zoom-to-selection-tip = Die ausgewählten Karten, die Phase oder die Bahn so groß wie möglich zeigen
cmd-compare = Vergleichen mit…
cmd-compare-tip = Die Map mit einer anderen Map, einer anderen Datei oder einer Sicherung vergleichen
cmd-conflicts = Zusammenführungskonflikte…
cmd-conflicts-tip = Die in der Datei verbliebenen Zusammenführungskonflikte auflisten, um für jeden eine Seite zu wählen
cmd-present = Präsentieren
cmd-present-tip = Die Map im Vollbild zeigen, eine Phase nach der anderen: Pfeiltasten blättern durch Phasen und Maps, Esc kehrt zurück
cmd-command-palette = Befehlspalette…
cmd-command-palette-tip = Alle Befehle nach Namen durchsuchen
cmd-shortcuts = Tastenkürzel
cmd-shortcuts-tip = Jeden Befehl und seine Tasten zeigen
cmd-about = Über Waymark
cmd-about-tip = Die Version und wo die Sicherungen liegen

## Tastenkürzel und Info

key-alt = Alt
key-ctrl = Strg
key-shift = Umschalt
keys-or = {" oder "}
shortcuts-title = Tastenkürzel
shortcuts-mouse = Maus: Karten zwischen Zellen ziehen, mit Alt von einer Karte ziehen für einen Pfeil, Doppelklick auf eine Zelle fügt eine Karte hinzu, auf einen Kopf benennt ihn um, Rechtsklick öffnet ein Menü. Scrollen oder mit der mittleren Taste ziehen verschiebt, Strg+Mausrad zoomt.
shortcuts-menu-only = nur im Menü
about-version = Waymark { $version }
about-what = Ein Desktop-Editor für Customer Journey Maps.
about-backups = Sicherungen (die letzten Fassungen jeder gespeicherten Datei):
about-recovery = Wiederherstellungskopien ungespeicherter Arbeit:
about-data = Zuletzt geöffnete Dateien und Einstellungen:
about-no-data = Dieses Fenster legt keine Sicherungen oder Wiederherstellungskopien an (kein Datenordner).

## Map-Reiter, Schreibschutzleiste, Statusleiste

tabs-unsaved = Ungespeicherte Änderungen
tabs-unsaved-tip = Ungespeicherte Änderungen (Strg+S speichert)
tabs-map = Map { $name }
read-only-save-copy = Kopie speichern…
status-cards-selected = { $count ->
    [one] 1 Karte ausgewählt
   *[other] { $count } Karten ausgewählt
}
status-stage-selected = Phase ausgewählt
status-lane-selected = Bahn ausgewählt
status-arrow-selected = Pfeil ausgewählt
status-drawing-arrow = Pfeil ziehen: die Zielkarte anklicken oder mit den Pfeiltasten wählen und Eingabe drücken (Esc bricht ab)
status-other-since = { $name } (seit { $when })
status-also-open = Ebenfalls geöffnet: { $names }
status-also-open-tip = Sie haben diese Datei in Waymark auf ihrem Rechner geöffnet; ihre Speicherungen kommen hier von selbst an.
status-merging = Änderungen einer Kollegin oder eines Kollegen werden übernommen…
status-missing-glyphs-tip = Eine Schrift installieren, die diese Zeichen enthält; `waymark check DATEI` listet jede Stelle
status-show-card = Karte zeigen
status-show-card-tip = Die erste Karte mit solchen Zeichen auswählen
status-fit = Einpassen
status-fit-tip = Die Map ins Fenster einpassen (Strg+0)
status-zoom-level = Zoomstufe
status-preparing-text = Kartentexte werden vorbereitet…
list-separator = {", "}
notice-font-missing = Die Schrift { $name } ist auf diesem Rechner nicht installiert: die Map verwendet Inter
notice-chars-missing = Keine installierte Schrift kann { $chars } darstellen
notice-chars-missing-more = Keine installierte Schrift kann { $chars } und weitere darstellen

## Arten von Dingen

lane-kind-cards = Karten
lane-kind-emotion = Emotionskurve
lane-kind-channels = Kanäle
lane-kind-images = Bilder
lane-kind-text = Text
lane-kind-metrics = Kennzahlen
lane-kind-line = Blueprint-Linie
channel-web = Web
channel-app = App
channel-email = E-Mail
channel-store = Filiale
channel-phone = Telefon
channel-social = Social Media
channel-ads = Werbung
channel-word-of-mouth = Mundpropaganda
channel-chat = Chat
channel-other = Sonstiges
flag-pain-point = Schmerzpunkt
flag-opportunity = Chance
flag-moment-of-truth = Moment der Wahrheit
unit-percent = Prozent
unit-number = Zahl
unit-currency = Währung
unit-score = Punktwert
unit-seconds = Sekunden
unit-minutes = Minuten
unit-hours = Stunden
unit-days = Tage
unit-custom = Eigene…
better-higher = Mehr ist besser
better-lower = Weniger ist besser
chart-bars = Balken
chart-line = Linie
chart-funnel = Trichter
page-letter = US Letter
page-tabloid = US Tabloid
page-slide = Folie 16:9

## Kontextmenüs

context-add-stage-before = Phase davor einfügen
context-add-stage-after = Phase danach einfügen
context-new-stage = Neue Phase
context-delete-stage = Phase löschen
context-add-lane-above = Bahn darüber einfügen
context-add-lane-below = Bahn darunter einfügen
context-new-lane = Neue Bahn
context-delete-lane = Bahn löschen
context-add-card-here = Karte hier hinzufügen
context-paste-here = Hier einfügen
context-edit-label = Beschriftung bearbeiten
context-delete-arrow = Pfeil löschen
context-rename = Umbenennen
context-lane-kind = Bahnart
context-colour = Farbe

## Meldungen

notice-dismiss-message = Meldung schließen
notice-dismiss = Schließen
notice-show = Zeigen
notice-merge-it = Zusammenführen
notice-put-away-copy = Kopie zu den Sicherungen verschieben

## Review-Notizen

notes-hide = Ausblenden (Strg+Umschalt+N)
notes-none = Keine offenen Notizen. Eine Karte auswählen und im Inspektor eine Notiz hinzufügen.
notes-open = { $count ->
    [one] 1 offene Notiz
   *[other] { $count } offene Notizen
}
notes-replies = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}

## Befehlspalette

palette-title = Befehlspalette
palette-hint = Befehl eingeben…
palette-search = Befehle durchsuchen
palette-no-match = Kein Befehl passt
palette-go-to-map = Map: Gehe zu „{ $name }“
palette-go-to-map-tip = Diese Map des Projekts zeigen
palette-go-to-map-words = Gehe zu Map { $name }

## Suchleiste

find-label = Suchen
find-hint = Titel, Texte, Schlagwörter, Verantwortliche, Kennzahlen
find-cards = Karten suchen
find-no-matches = Keine Treffer
find-n-of-total = { $n } von { $total }
find-found = { $count ->
    [one] 1 Treffer
   *[other] { $count } Treffer
}
find-previous = Vorheriger Treffer (Umschalt+Eingabe)
find-next = Nächster Treffer (Eingabe)
find-all-maps = Alle Maps
find-close = Suchleiste schließen (Esc)

## Vorlagen

template-standard = Standard-Journey in fünf Phasen
template-blank = Leere Map
template-b2b = B2B-Einkauf
template-service-blueprint = Service Blueprint
template-ecommerce = E-Commerce
template-day-in-the-life = Ein Tag im Leben
template-healthcare = Patientenreise
template-saas-onboarding = SaaS-Onboarding
template-public-service = Behördenleistung
template-hotel-stay = Hotelaufenthalt
template-employee-onboarding = Mitarbeiter-Onboarding
template-standard-about = Fünf Phasen von der Wahrnehmung bis zur Empfehlung, mit den üblichen Bahnen, noch leer.
template-blank-about = Drei Phasen und eine Bahn: die Struktur bauen Sie selbst.
template-b2b-about = Der Weg eines Einkaufsgremiums vom Problem bis zur Vertragsverlängerung.
template-service-blueprint-about = Kundenhandlungen über Frontstage, Backstage und unterstützenden Prozessen.
template-ecommerce-about = Entdecken, stöbern, kaufen, Lieferung und Rückgabe, mit Conversion-Trichter.
template-day-in-the-life-about = Der Tag eines Menschen Stunde für Stunde, um die wichtigen Momente zu finden.
template-healthcare-about = Ein erster Ambulanztermin, von der Überweisung bis zu den Befunden, mit Wartezeiten.
template-saas-onboarding-about = Eine Testphase von der Anmeldung bis zum Kauf, mit Aktivierungstrichter.
template-public-service-about = Eine Leistung beantragen: informieren, Anspruch prüfen, Nachweise, Bescheid und Zahlung.
template-hotel-stay-about = Der Aufenthalt einer Geschäftsreisenden, von der Buchung bis zur Bewertung.
template-employee-onboarding-about = Die ersten neunzig Tage einer neuen Kollegin, vom Angebot bis zum Ankommen.
gallery-title = Neu aus Vorlage
gallery-create = Erstellen
gallery-cancel = Abbrechen
gallery-hint = Doppelklick oder Eingabe startet mit der ausgewählten Vorlage.

## Meldungen zur Datei

notice-opened = { $path } geöffnet
notice-saved = { $path } gespeichert
notice-saved-without-backup = Gespeichert, aber die vorige Fassung konnte nicht gesichert werden: { $error }
notice-reloaded = { $path } neu geladen
notice-new-from-template = Neues Projekt aus der Vorlage „{ $name }“
notice-imported = { $path } importiert; als Projekt speichern, um es zu behalten
notice-restored = Ungespeicherte Änderungen wiederhergestellt; speichern, um sie zu behalten
notice-file-gone = { $path } wurde gelöscht oder verschoben. Ihre Map ist noch hier: mit „Speichern unter…“ sichern.
notice-disk-unreadable = { $path } ließ sich seit 10 Sekunden nicht als Waymark-Projekt lesen ({ $error }). Ihre Map hier ist unverändert; Speichern schreibt sie neu.
notice-newer-on-disk = Diese Datei wurde mit einem neueren Waymark gespeichert (Formatversion { $version }) und ist hier schreibgeschützt. Eine Kopie speichern, um Ihre Fassung zu behalten.
notice-offer-automatic = { $name } hat diese Datei ebenfalls geöffnet. Automatisch speichern, damit Sie beide die Änderungen der anderen Seite binnen Sekunden sehen?
notice-copy-merged = Die Konfliktkopie wurde zusammengeführt. { $what }
notice-copy-put-away = Die Konfliktkopie wurde zu den Sicherungen verschoben; „Vergleichen mit…“ zeigt sie
notice-no-recovery-copy = Keine Wiederherstellungskopie möglich: { $error }
notice-merged-with-unsaved = { $what } – mit Ihren ungespeicherten Änderungen zusammengeführt
notice-conflicts-to-settle = { $count ->
    [one] { $what }. 1 Konflikt zu klären: beide Fassungen bleiben erhalten, eine in der Liste wählen.
   *[other] { $what }. { $count } Konflikte zu klären: beide Fassungen bleiben erhalten, je eine in der Liste wählen.
}
notice-own-file-dialog = Dieser Rechner hat keinen Dateidialog des Systems, daher zeigt Waymark einen eigenen.
notice-dialog-failed = Der Dateidialog konnte nicht angezeigt werden: { $error }.
notice-save-dialog-failed = Der Speichern-Dialog konnte nicht angezeigt werden: { $error }. Es wurde nichts gespeichert.
compare-before-whose = Vor den Änderungen von { $name }
compare-before-disk = Vor den Änderungen auf der Festplatte

## Fragen

prompt-unsaved-closing = Änderungen an { $name } vor dem Schließen speichern?
prompt-unsaved-going-on = Änderungen an { $name } speichern, bevor es weitergeht?
prompt-unsaved-text = Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.
prompt-changed-on-save = { $name } wurde von einem anderen Programm geändert
prompt-changed-on-save-text = Jemand oder etwas hat die Datei auf der Festplatte geändert, nachdem Sie sie geöffnet haben. Speichern würde diese Änderungen durch Ihre ersetzen.
prompt-changed-on-disk = { $name } wurde auf der Festplatte geändert
prompt-changed-on-disk-text = Die Datei auf der Festplatte hat sich geändert, seit Sie sie geöffnet haben.
prompt-changed-on-disk-dirty-text = Die Datei auf der Festplatte hat sich geändert, seit Sie sie geöffnet haben. Neu laden verwirft Ihre ungespeicherten Änderungen hier.
prompt-untitled = das unbenannte Projekt „{ $title }“
prompt-recover = Ungespeicherte Änderungen wiederherstellen?
prompt-recover-text = Waymark wurde nicht normal beendet. Ungespeicherte Änderungen an { $file } von { $when } wurden aufbewahrt.
answer-discard = Verwerfen
answer-dont-save = Nicht speichern
answer-overwrite = Überschreiben
answer-reload-from-disk = Von der Festplatte laden
answer-reload = Neu laden
answer-restore = Wiederherstellen
answer-later = Nicht jetzt
answer-keep-this-version = Diese Fassung behalten
answer-cancel = Abbrechen

## Wie lange her

time-just-now = vor weniger als einer Minute
time-minutes-ago = { $count ->
    [one] vor einer Minute
   *[other] vor { $count } Minuten
}
time-hours-ago = { $count ->
    [one] vor einer Stunde
   *[other] vor { $count } Stunden
}
time-yesterday = gestern
time-days-ago = { $count ->
    [one] vor einem Tag
   *[other] vor { $count } Tagen
}
colour-blue = Blau
colour-yellow = Gelb
colour-purple = Lila
colour-red = Rot
colour-green = Grün
colour-orange = Orange
colour-grey = Grau
colour-white = Weiß

## Inspektor

inspector-hint = Doppelklick auf eine Zelle fügt eine Karte hinzu. Karten zwischen Zellen ziehen; einen Phasen- oder Bahnkopf ziehen, um umzuordnen. Etwas auswählen, um es hier zu bearbeiten.
inspector-auto = Auto
inspector-colour-automatic = { $name }: automatisch
inspector-colour-named = { $name }: { $colour }
inspector-card = Karte
inspector-title = Titel
inspector-body = Text
inspector-channel = Kanal
inspector-none = Keiner
inspector-mixed = Gemischt
inspector-emotion = Emotion
inspector-scored = Bewertet
inspector-score = Wert
inspector-give-score = Dieser Karte einen Wert geben, um sie auf die Kurve zu setzen.
inspector-scores-only-emotion = Werte erscheinen nur in einer Emotions-Bahn auf der Kurve.
inspector-flags = Markierungen
inspector-tags = Schlagwörter (durch Kommas getrennt)
inspector-owner = Verantwortlich
inspector-metric = Kennzahl
inspector-opens = Öffnet Map
inspector-opens-tip = Eine andere Map des Projekts, die diese Karte öffnet, z. B. die Journey einer Phase im Detail; die Karte zeigt einen Chip mit ihrem Namen (Strg+Klick öffnet sie)
inspector-opens-go = Öffnen
inspector-change-picture = Bild ändern…
inspector-add-picture = Bild hinzufügen…
inspector-remove-picture = Bild entfernen
inspector-delete = Löschen
inspector-n-cards = { $count ->
    [one] 1 Karte
   *[other] { $count } Karten
}
inspector-applies-to-all = Änderungen hier gelten für jede ausgewählte Karte.
inspector-tags-differ = Die Schlagwörter unterscheiden sich: Eingaben hier ersetzen sie auf jeder Karte.
inspector-owners-differ = Die Verantwortlichen unterscheiden sich: Eingaben hier setzen einen für alle.
inspector-stage = Phase
inspector-lane = Bahn
inspector-name = Name
inspector-description = Beschreibung
inspector-stage-colour = Phasenfarbe
inspector-kind = Art
inspector-card-colour = Kartenfarbe
inspector-map-counts = { $stages } Phasen · { $lanes } Bahnen · { $cards } Karten
inspector-map-name = Name der Map
inspector-current-state = Ist-Zustand
inspector-future-state = Soll-Zustand
inspector-scenario = Szenario
inspector-expectations = Erwartungen
inspector-project = Projekt
inspector-project-title = Projekttitel
inspector-channels = Kanäle
inspector-channels-hint = Eigene Kanäle (Empfang, Kiosk) neben den eingebauten; auf einer Karte unter Kanal wählbar.
inspector-add-channel = Kanal hinzufügen
inspector-new-channel = Neuer Kanal
inspector-channel-name = Kanalname
inspector-channel-icon = Symbol: { $icon }
inspector-channel-pick-icon = Symbol wählen
inspector-delete-channel = Kanal löschen
inspector-delete-channel-tip = Den Kanal löschen; Karten darauf haben danach keinen Kanal
icon-search = Symbole suchen
icon-search-hint = hospital, reception, phone… (englische Namen)
icon-none-found = Kein Symbol heißt so
inspector-card-icon = Symbol
inspector-card-pick-icon = Ein Symbol für die Karte wählen
inspector-card-icon-named = Kartensymbol: { $icon }
inspector-card-no-icon = Kein Symbol
inspector-map-font = Schrift der Map
inspector-font-missing = „{ $name }“ ist auf diesem Rechner nicht installiert, daher verwendet die Map Inter. Die Schrift installieren oder eine andere wählen.
inspector-map-language = Sprache der Map
inspector-map-language-what = Die Wörter, die Waymark auf die Maps und in Exporte schreibt (SZENARIO, Schmerzpunkt, Seitenzahlen), und wie es Zahlen und Daten schreibt. Die Sprache des Fensters selbst steht in den Einstellungen.
inspector-language-automatic = Automatisch ({ $name })
inspector-persona = Persona: { $name }
inspector-persona-lead = Persona: { $name } (Haupt-Persona)
inspector-role = Rolle
inspector-quote = Zitat
inspector-goals = Ziele (eines pro Zeile)
inspector-needs = Bedürfnisse (eines pro Zeile)
inspector-frustrations = Frustrationen (eine pro Zeile)
inspector-change-photo = Foto ändern…
inspector-add-photo = Foto hinzufügen…
inspector-remove-photo = Foto entfernen
inspector-delete-persona = Persona löschen
inspector-delete-persona-tip = Die Persona aus dem Projekt (und aus jeder Map) löschen
inspector-personas = Personas
inspector-lead = Haupt
inspector-make-lead = Zur Haupt-Persona machen (ihre Werte erscheinen als Gesichter der Karten)
inspector-take-off-map = { $name } von dieser Map nehmen
inspector-take-off-map-tip = Von dieser Map nehmen (die Persona bleibt im Projekt)
inspector-add-persona = Persona hinzufügen…
inspector-new-persona = Neue Persona
inspector-no-persona = Keine Persona: die Map hat eine Emotionskurve.
inspector-curve-colour = Kurvenfarbe
inspector-curve-colour-n = Kurvenfarbe { $n }
inspector-arrows = Pfeile
inspector-draw-arrow-to = Pfeil ziehen zu…
inspector-arrow-label = Pfeilbeschriftung
inspector-arrow = Pfeil
inspector-arrow-from = Von „{ $title }“
inspector-arrow-to = zu „{ $title }“
inspector-label = Beschriftung
inspector-no-metrics = Noch keine Kennzahlen. Eine hinzufügen oder eine CSV-Datei mit Phase, Kennzahl, Wert importieren.
inspector-add-metric = Kennzahl hinzufügen
inspector-new-metric = Neue Kennzahl
inspector-import-csv = CSV importieren…
inspector-import-csv-tip = Werte aus einer CSV-Datei mit den Spalten stage, metric, value (optional unit, target, better) einlesen
inspector-metric-name = Name der Kennzahl
inspector-value = Wert
inspector-target = Ziel
inspector-custom-unit = Name der Einheit
inspector-better-tip = Welche Seite des Zielwerts gut ist: Werte dort werden grün gezeichnet, die anderen rot.
inspector-delete-metric = Kennzahl löschen
inspector-notes = Notizen
inspector-notes-open-of = Notizen ({ $count } von { $total } offen)
inspector-note-resolved = · erledigt
inspector-reply-hint = Antworten…
inspector-reply = Antworten
inspector-reopen = Wieder öffnen
inspector-resolve = Erledigt
inspector-new-note = Neue Notiz
inspector-new-note-hint = Notiz als { $name } hinzufügen… (Strg+Eingabe fügt sie hinzu)
inspector-add-note = Notiz hinzufügen

## Exportdialog

export-title = Map exportieren
export-copy-image = Bild kopieren
export-copy-image-tip = Die Map als PNG-Bild kopieren, zum Einfügen in Folien
export-format = Format
export-format-named = Format { $name }
export-scale = Maßstab
export-width = Breite in Pixeln
export-pixels = { $width } × { $height } px
export-transparent = Transparenter Hintergrund
export-personas-page = Personas-Seite vor der Map
export-persona-strip = Persona-Leiste
export-persona-tip = Jede Persona der Map: Name, Rolle, Zitat, Ziele, Bedürfnisse, Frustrationen; dazu Szenario und Erwartungen
export-notes-tip = Nummerierte Marken auf Karten mit offenen Review-Notizen und die Liste der Notizen am Ende
export-notes-paged-tip = Nummerierte Marken auf Karten mit offenen Review-Notizen und die Notizen auf den letzten Seiten
export-legend = Legende
export-include-notes = Notizen einbeziehen
export-outlines = Text als Pfade
export-outlines-tip = Überall exakt, aber nicht mehr als Text bearbeitbar
export-svg-fonts = Der Text bleibt bearbeitbarer Text (in Figma, Illustrator, Inkscape) und erscheint in den Schriften der Map, wo sie installiert sind: Inter und für andere Schriftsysteme die Schriften, die die Map verwendet. Mit „Text als Pfade“ sieht er überall genau gleich aus.
export-what = Was exportieren
export-whole-map = Ganze Map
export-visible-area = Sichtbarer Bereich
export-some-stages = Einige Phasen
export-stages-from = Von
export-stages-to = bis
export-plan-slides = { $count ->
    [one] 1 Folie, die Titelfolie mitgezählt
   *[other] { $count } Folien, die Titelfolie mitgezählt
}
export-plan-pages-portrait = { $count ->
    [one] 1 Seite { $size } hoch
   *[other] { $count } Seiten { $size } hoch
}
export-plan-pages-landscape = { $count ->
    [one] 1 Seite { $size } quer
   *[other] { $count } Seiten { $size } quer
}
export-plan-note = { $what } · Kartentext { $size } pt
export-preview = Exportvorschau
export-updating-preview = Vorschau wird aktualisiert…
export-pages = Seiten
export-one-page = Eine Seite in Größe der Map
export-portrait = Hochformat
export-fit-page = Ganze Map auf einer Seite
export-fit-page-tip = Sonst wird die Map an Phasengrenzen geteilt, damit der Kartentext mit mindestens 9 pt gedruckt wird
export-pptx-what = Eine Titelfolie, dann die Map auf 16:9-Folien aus bearbeitbaren Formen und Texten, ihre Karten in den Sprechernotizen.
export-every-map = Alle Maps in einem Foliensatz
export-every-map-tip = Eine Trennfolie vor jeder Map; sonst nur die oben gewählte Map
export-fit-slide = Ganze Map auf einer Folie
export-html-what = Eine Datei zum Teilen: alle Maps, verschieben und zoomen, Kartendetails per Klick; öffnet offline in jedem Browser.
export-over-limit = Export nicht möglich: { $what }, über der Grenze von { $limit }. Zum Eingrenzen unter „Was exportieren“ „Einige Phasen“ wählen.
export-over-limit-paged = Export nicht möglich: { $what }, über der Grenze von { $limit }. Zum Eingrenzen unter „Was exportieren“ „Einige Phasen“ oder „Ganze Map auf einer Seite“ wählen.
export-cannot = Export nicht möglich: { $error }
export-exporting = { $name } wird exportiert
export-copying = Map wird als Bild kopiert
export-failed = Der Export ist fehlgeschlagen: { $error }
export-map-gone = Die zu exportierende Map gibt es nicht mehr.
export-cannot-write = Der Export wurde nicht geschrieben: { $error }
export-cannot-copy = Das Bild konnte nicht kopiert werden: { $error }
export-stopped = Der Export wurde unerwartet beendet; bitte erneut versuchen.
export-cancelled = Export abgebrochen
export-unknown-format = Das Format von { $path } ist unklar: die Datei .png, .svg, .pdf, .pptx, .html, .csv oder .mmd nennen
export-done = { $path } exportiert
export-done-with-notes = { $path } exportiert: { $notes }
export-copied = Map als Bild kopiert
export-cancel = Export abbrechen

## Einstellungen

settings-title = Einstellungen
settings-kept-in = Gespeichert in { $path }
settings-kept-in-tip = Der Datenordner enthält auch zuletzt geöffnete Dateien, Sicherungen und Wiederherstellungskopien
settings-language = Sprache
settings-language-system = System ({ $name })
settings-language-note = Menüs, Bereiche und Meldungen. Die Beschriftungen einer Map folgen der Sprache der Map (im Inspektor).
settings-you = Persönlich
settings-your-name = Ihr Name (auf Review-Notizen)
settings-your-name-short = Ihr Name
settings-your-name-hint = z. B. Maya Chen
settings-new-projects = Neue Projekte
settings-template-for-new = Vorlage für Datei → Neu
settings-template = Vorlage
settings-default-map-font = Standardschrift für Maps
settings-export = Export
settings-png-scale = PNG-Maßstab
settings-background = Hintergrund
settings-transparent = Transparent
settings-export-note = Der erste Export eines Projekts beginnt mit diesen Werten; der Exportdialog merkt sich die Wahl jedes Projekts.
settings-never-losing-work = Nie Arbeit verlieren
settings-recovery-every = Wiederherstellungskopie ungespeicherter Arbeit alle
settings-seconds-suffix = {" s"}
settings-recovery-interval = Intervall der Wiederherstellung
settings-save-automatically = Dateien automatisch speichern (2 s nach jeder Änderung)
settings-save-automatically-note = Jede Datei lässt sich mit Datei → Automatisch speichern anders einstellen; Kolleginnen und Kollegen in einem geteilten Ordner sehen Ihre Änderungen dann binnen Sekunden.
settings-appearance = Darstellung
settings-theme = Design
settings-system = System
settings-light = Hell
settings-dark = Dunkel
settings-dark-canvas = Dunkle Fläche um die Map im dunklen Design
settings-map-stays-light = Die Map selbst bleibt hell: Sie ist das Dokument, und Exporte sehen aus wie sie.
settings-saved = Einstellungen gespeichert
settings-window-only = Die Einstellungen gelten nur für dieses Fenster (kein Datenordner)
settings-not-saved = Die Einstellungen wurden nicht gespeichert: { $error }

## Dateidialoge

dialog-save-title = Journey Map speichern
dialog-open-title = Journey Map öffnen
dialog-compare-title = Mit einer Datei vergleichen
compare-stacked = Untereinander…
compare-stacked-tip = Beide Maps übereinander (der Ist-Zustand oben), Phasen nach Namen ausgerichtet und Änderungen markiert: ansehen und als PNG, SVG, PDF oder Folien exportieren
dialog-picture-title = Bild wählen
dialog-import-title = CSV-Raster oder Mermaid-Journey importieren
dialog-metrics-title = Kennzahlen importieren
dialog-metrics-title-long = Kennzahlen importieren (stage, metric, value)
dialog-filter-project = Waymark-Projekt
dialog-filter-pictures = Bilder
dialog-filter-grid-or-mermaid = CSV-Raster oder Mermaid-Journey
dialog-filter-png = PNG-Bild
dialog-filter-svg = SVG-Zeichnung
dialog-filter-pdf = PDF-Dokument
dialog-filter-pptx = PowerPoint-Folien
dialog-filter-html = HTML-Viewer
dialog-filter-csv = CSV-Tabellenraster
dialog-filter-mermaid = Mermaid-Journey

## Fenstertitel, leeres Fenster, Meldungen zu Änderungen

title-read-only = { $name } (schreibgeschützt)
empty-window-hint = Ein Projekt mit Datei → Öffnen… öffnen oder eine Datei hierher ziehen.
notice-read-only = Diese Datei ist schreibgeschützt: eine Kopie speichern, um sie zu ändern
notice-edit-failed = Diese Änderung war nicht möglich: { $error }
notice-deleted-stage = { $count ->
    [0] Phase { $name } gelöscht
    [one] Phase { $name } und 1 Karte gelöscht
   *[other] Phase { $name } und { $count } Karten gelöscht
}
notice-deleted-lane = { $count ->
    [0] Bahn { $name } gelöscht
    [one] Bahn { $name } und 1 Karte gelöscht
   *[other] Bahn { $name } und { $count } Karten gelöscht
}
notice-deleted-cards = { $count } Karten gelöscht
notice-drop-picture = Ein Bild auf eine Karte oder Zelle einer Storyboard-Bahn (Bilder) ziehen
notice-not-a-picture = { $path } lässt sich nicht als Bild verwenden: { $error }
notice-no-metrics-lane = Diese Map hat keine Kennzahlen-Bahn. Eine Bahn hinzufügen, ihre Art auf Kennzahlen setzen und dann ihre Werte importieren.
notice-metrics-imported = Kennzahlen aus { $path } importiert ({ $count } Kennzahlen)
notice-metrics-failed = Kennzahlen aus { $path } konnten nicht importiert werden: { $error }. Die Bahn ist unverändert.
notice-autosave-on = Diese Datei speichert sich jetzt 2 s nach jeder Änderung von selbst
notice-autosave-off = Diese Datei speichert sich nicht mehr von selbst
notice-new-map = Neue Map
notice-no-arrow = Kein Pfeil gezogen

## Eigene Dateiauswahl

chooser-cannot-list = { $path } kann nicht aufgelistet werden: { $error }. Einen anderen Ordner eingeben.
chooser-type-a-name = Einen Dateinamen (oder einen ganzen Pfad) eingeben.
chooser-no-such-file = Es gibt keine Datei { $path }.
chooser-no-such-folder = Diesen Ordner gibt es nicht.
chooser-open = Öffnen
chooser-folder = Ordner
chooser-up = Einen Ordner nach oben
chooser-empty = Hier gibt es nichts anzuzeigen.
chooser-file-name = Dateiname
chooser-file-name-hint = Dateiname oder ganzer Pfad
chooser-replaces = Eine Datei mit diesem Namen existiert: Speichern ersetzt sie.

## Vergleichen

compare-failed = Vergleich mit { $path } nicht möglich: { $error }. Eine andere Datei wählen.
compare-no-map = { $path } enthält keine Map zum Vergleichen.
compare-with-title = Vergleichen mit
compare-with = Die angezeigte Map vergleichen mit:
compare-another-map = Einer anderen Map dieses Projekts
compare-one-map = Dieses Projekt hat eine Map. Map → Soll-Zustand beginnen erstellt eine zweite.
compare-another-file = Einer anderen Datei
compare-choose-file = Datei wählen…
compare-a-backup = Einer Sicherung dieser Datei
compare-no-backups = Noch keine Sicherungen: bei jedem Speichern über die Datei wird eine angelegt.
compare-title = Vergleich
compare-close = Vergleich schließen
compare-from-to = Von „{ $name }“ zu dieser Map
compare-counts = Karten: { $added } hinzugefügt · { $removed } entfernt · { $changed } geändert · { $moved } verschoben
compare-no-differences = Keine Unterschiede.
compare-select-card = Diese Karte auswählen
compare-restore-tip = Diese Karte so zurückholen, wie die andere Fassung sie hat (rückgängig zu machen)
compare-backup = Sicherung
compare-backup-from = Sicherung von { $when }

## Zusammenführungskonflikte

conflicts-notice = { $count ->
    [one] Diese Datei hat 1 ungelösten Zusammenführungskonflikt: sie enthält unsere Seite, bis eine gewählt wird.
   *[other] Diese Datei hat { $count } ungelöste Zusammenführungskonflikte: sie enthält jeweils unsere Seite, bis eine gewählt wird.
}
conflicts-notice-by = { $count ->
    [one] Diese Datei hat 1 ungelösten Konflikt zwischen den Änderungen zweier Personen: wählen Sie in der Liste eine.
   *[other] Diese Datei hat { $count } ungelöste Konflikte zwischen den Änderungen zweier Personen: wählen Sie in der Liste jeweils eine.
}
conflicts-review = Konflikte prüfen…
conflicts-title = Zusammenführungskonflikte
conflicts-close = Liste schließen
conflicts-what = Unsere ist die Fassung, in die zusammengeführt wurde (was die Datei jetzt enthält); ihre ist die hineingeführte.
conflicts-what-by = Bis Sie wählen, zeigt die Karte jeweils die erste Fassung.
conflicts-show = Auf der Map zeigen
conflicts-delete-it = Löschen
conflicts-keep-it = Behalten
conflicts-keep-ours = Unsere behalten
conflicts-use-theirs = Ihre übernehmen
conflicts-keep-by = Die von { $name } behalten
conflicts-use-by = Die von { $name } übernehmen
conflicts-ours-tip = Mit unserer Seite lösen (rückgängig zu machen)
conflicts-theirs-tip = Mit ihrer Seite lösen (rückgängig zu machen)

## Präsentieren

present-stage = Phase { $n } von { $total }: { $name }
present-stages = Phasen { $n }–{ $last } von { $total }: { $name } – { $lastname }
present-end = Präsentation beenden
present-end-key = Esc
present-next = Nächste Phase ›
present-next-keys = →, Leertaste
present-previous = ‹ Vorherige Phase
present-per-view = + / − Phasen gleichzeitig

## Zeichenfläche

canvas-label = Map-Fläche
canvas-stage-named = Phase { $name }
canvas-lane-named = Bahn { $name }
# The map canvas for screen readers: a cell, how many cards it holds, an arrow, a card's feeling and notes.
a11y-cell = Zelle { $lane }, { $stage }
a11y-cell-cards = { $count ->
    [0] leer
    [one] 1 Karte
   *[other] { $count } Karten
}
a11y-arrow = Pfeil von { $from } zu { $to }
a11y-feeling = Gefühl { $scores }
a11y-notes = { $count ->
    [one] 1 Notiz
   *[other] { $count } Notizen
}
canvas-cell-hint = Eingabe oder Doppelklick: hier eine Karte anlegen
canvas-card-title = Kartentitel
canvas-stage-name = Name der Phase
canvas-lane-name = Name der Bahn
canvas-untitled-card = Karte ohne Titel
canvas-add-card-to = Karte zu { $lane } in { $stage } hinzufügen
canvas-empty-1 = Diese Map hat noch keine Karten.
canvas-empty-2 = Doppelklick auf eine Zelle (oder Zelle wählen und Strg+Eingabe) fügt eine hinzu.
canvas-empty-3 = Alt+Umschalt+S fügt eine Phase hinzu, Alt+Umschalt+L eine Bahn; Doppelklick auf einen Kopf benennt ihn um.
canvas-empty-4 = Rechtsklick irgendwo für mehr, oder F1 für alle Tastenkürzel.
canvas-picture-unreadable = Bild kann nicht angezeigt werden

## Schriftauswahl

font-bundled = { $name } (mitgeliefert)
font-search = Schriften suchen

## Rückgängig-Schritte (Bearbeiten → Rückgängig: …)

undo-move-cards = Karten verschieben
undo-move-card = Karte verschieben
undo-add-picture = Bild hinzufügen
undo-add-card = Karte hinzufügen
undo-edit-card = Karte bearbeiten
undo-delete = Löschen
undo-duplicate = Duplizieren
undo-paste = Einfügen
undo-move-stage = Phase verschieben
undo-move-lane = Bahn verschieben
undo-add-stage = Phase hinzufügen
undo-add-lane = Bahn hinzufügen
undo-edit-stage = Phase bearbeiten
undo-edit-lane = Bahn bearbeiten
undo-delete-stage = Phase löschen
undo-delete-lane = Bahn löschen
undo-edit-map = Map bearbeiten
undo-add-map = Map hinzufügen
undo-start-future-state = Soll-Zustand beginnen
undo-duplicate-map = Map duplizieren
undo-delete-map = Map löschen
undo-add-channel = Kanal hinzufügen
undo-edit-channel = Kanal bearbeiten
undo-delete-channel = Kanal löschen
undo-add-persona = Persona hinzufügen
undo-edit-persona = Persona bearbeiten
undo-delete-persona = Persona löschen
undo-set-photo = Foto festlegen
undo-set-picture = Bild festlegen
undo-link-cards = Karten verbinden
undo-edit-link = Pfeil bearbeiten
undo-delete-link = Pfeil löschen
undo-rename-project = Projekt umbenennen
undo-change-font = Schrift ändern
undo-change-language = Sprache ändern
undo-resolve-conflict = Konflikt lösen
undo-restore-card = Karte wiederherstellen
undo-merge-before-saving = Zusammenführen vor dem Speichern
undo-merge-conflicted-copy = Konfliktkopie zusammenführen
undo-changes-from-the-file-on-disk = Änderungen aus der Datei auf der Festplatte
undo-changes-from = Änderungen von { $name }

## Was eine Speicherung von anderen mitbrachte

incoming-who = { $name }: { $what }
incoming-nothing = nichts geändert
incoming-part = { $count } { $thing ->
    [card] { $count ->
        [one] Karte
       *[other] Karten
    }
    [link] { $count ->
        [one] Pfeil
       *[other] Pfeile
    }
    [stage] { $count ->
        [one] Phase
       *[other] Phasen
    }
    [lane] { $count ->
        [one] Bahn
       *[other] Bahnen
    }
    [map] { $count ->
        [one] Map
       *[other] Maps
    }
    [persona] { $count ->
        [one] Persona
       *[other] Personas
    }
    [channel] { $count ->
        [one] Kanal
       *[other] Kanäle
    }
   *[image] { $count ->
        [one] Bild
       *[other] Bilder
    }
} { $op ->
    [added] hinzugefügt
    [removed] gelöscht
    [moved] verschoben
   *[changed] geändert
}
incoming-project = { $fields } des Projekts geändert
incoming-and = {" und "}
incoming-field-title = Titel
incoming-field-font = Schrift
incoming-field-language = Sprache

## Konfliktkopie eines Sync-Dienstes

copy-offer-whose = Konfliktkopie von { $name } zusammenführen
copy-offer-from = Die Kopie von { $name } zusammenführen
copy-offer-service-when = Die { $service }-Kopie vom { $when } zusammenführen
copy-offer-service = Die { $service }-Kopie zusammenführen

## Fehler zur Datei (der Grund nach dem Doppelpunkt kommt vom System oder vom Leser)

# Why a project file did not open ("Cannot open FILE: …").
load-not-found = Die Datei gibt es nicht (vielleicht wurde sie verschoben, umbenannt oder gelöscht)
load-permission = Sie haben keine Berechtigung, sie zu lesen
load-too-large = Die Datei ist { $size } MB groß, mehr als die { $limit } MB, die ein Projekt haben darf
load-not-text = Die Datei ist kein Text; vielleicht ist es eine andere Art von Datei
load-empty = Die Datei ist leer; vielleicht wird sie noch geschrieben (läuft noch eine Synchronisierung?)
load-truncated = Die Datei endet vorzeitig in Zeile { $line }, Spalte { $column }; sie ist vielleicht unvollständig (läuft noch eine Synchronisierung?)
load-too-deep = Die Datei ist zu tief verschachtelt für ein Projekt (Zeile { $line }, Spalte { $column })
load-damaged = Die Datei ist in Zeile { $line }, Spalte { $column } beschädigt ({ $detail })
load-not-waymark = Das ist kein Waymark-Projekt ({ $detail })
load-newer = Die Datei wurde mit einer neueren Waymark-Version gespeichert (Format { $found }; diese Version liest bis { $supported }): Aktualisieren Sie Waymark, um sie zu öffnen
load-too-many-values = Die Datei enthält weit mehr Werte als jedes Projekt; Waymark hat sie nicht geschrieben
load-text-too-long = Ein Text bei { $where } ist { $size } MB groß, mehr als die erlaubten { $limit } MB
load-invalid = Das Projekt verletzt eine Regel: { $detail }
# Why a file could not be written.
save-cannot = { $path } kann nicht gespeichert werden: { $reason }
save-no-folder = Der Ordner existiert nicht mehr
save-permission = Sie haben keine Berechtigung, dort zu schreiben
save-disk-full = Der Datenträger ist voll
save-read-only-disk = Der Datenträger ist schreibgeschützt
save-read-only-file = { $path } kann nicht gespeichert werden: Die Datei ist schreibgeschützt; speichern Sie unter einem anderen Namen
save-not-a-file = { $path } kann nicht gespeichert werden: Das ist keine gewöhnliche Datei
error-open = { $path } kann nicht geöffnet werden: { $error }. Die angezeigte Map ist unverändert.
error-bundled = Die mitgelieferte Datei „{ $name }“ ist beschädigt: { $error }
error-import = { $path } kann nicht importiert werden: { $error }. Die angezeigte Map ist unverändert.
error-reload = { $path } kann nicht neu geladen werden: { $error }. Die angezeigte Map ist unverändert.
error-restore = Die wiederhergestellten Änderungen können nicht gelesen werden: { $error }
error-merge = Die Änderungen einer Kollegin oder eines Kollegen konnten nicht zusammengeführt werden: { $error }. Ihr Dokument ist unverändert; mit „Speichern unter…“ eine Kopie speichern.
error-copy = Die Konfliktkopie konnte nicht zusammengeführt werden: { $error }. Die angezeigte Map ist unverändert.
error-put-away = Die Konfliktkopie konnte nicht zu den Sicherungen verschoben werden: { $error }
error-save-newer = { $path } stammt von einem neueren Waymark (Formatversion { $version }); unter einem neuen Namen speichern, damit das Original erhalten bleibt
error-save-read-only = { $path } ist schreibgeschützt; Ihre Fassung unter einem neuen Namen speichern
error-save-changed-on-disk = { $path } wurde seit dem Öffnen von einem anderen Programm geändert; neu laden oder Ihre Fassung unter einem neuen Namen speichern (oder überschreiben)
error-save-write = { $error }; die Datei auf der Festplatte ist unverändert
error-save-read-back = { $path } wurde geschrieben, lässt sich aber nicht korrekt zurücklesen ({ $error }); unter einem anderen Namen speichern

## Warum ein Export, ein Import, ein Bild, die Zwischenablage, eine Sicherung oder ein
## Zusammenführen fehlschlug (der Grund in den Sätzen oben; in Klammern die Worte des
## Parsers oder des Systems)
problem-io-not-found = Die Datei oder der Ordner existiert nicht (vielleicht verschoben, umbenannt oder gelöscht)
problem-io-permission = Ihnen fehlt die Berechtigung dafür
problem-read = { $path } kann nicht gelesen werden: { $reason }
problem-not-a-file = { $path } ist keine gewöhnliche Datei (vielleicht ein Ordner); bitte eine Datei wählen
problem-read-too-large = { $path } ist { $size } MB groß, über der Grenze von { $limit } MB für diese Art Datei
problem-cannot-read-file = Die Datei kann nicht gelesen werden: { $reason }
over-project-cells = Die Maps des Projekts haben zusammen { $count } Zellen (Phasen × Bahnen)
over-project-cards = Die Maps des Projekts haben zusammen { $count } Karten
over-stages = Der Export hat { $count } Phasen
over-lanes = Die Map hat { $count } Bahnen
over-cells = Der Export hat { $count } Zellen (Phasen × Bahnen)
over-cards = Der Export hat { $count } Karten
over-pages = Das PDF hätte mindestens { $count } Seiten
over-slides = Die Präsentation hätte mindestens { $count } Folien
problem-export-over-limit = { $what }, über der Grenze von { $limit }; unter „Was exportieren“ „Einige Phasen“ wählen
problem-export-too-large = Das Bild wäre { $width } × { $height } Pixel groß, zu groß zum Zeichnen; einen kleineren Maßstab oder „Einige Phasen“ wählen oder als PDF oder SVG exportieren
problem-export-too-many-shapes = Die Map bestünde aus { $shapes } Formen, mehr als die { $limit }, die ein PNG fasst; „Einige Phasen“ wählen oder als PDF oder SVG exportieren
problem-export-page-too-large = Die Seite wäre { $width } × { $height } Punkt groß, mehr als die { $limit } Punkt pro Seite, die PDF-Reader öffnen; „Einige Phasen“ wählen oder als SVG exportieren
problem-export-bad-scale = Der Maßstab { $scale } liegt nicht zwischen 0,1 und 8; bitte einen anderen wählen
problem-export-internal = Waymark konnte sie wegen eines Fehlers in Waymark nicht zeichnen; bitte melden Sie ihn mit der Map ({ $detail })
problem-export-encode = Das PNG konnte nicht erzeugt werden ({ $detail }); erneut versuchen oder als PDF oder SVG exportieren
problem-import-unknown-kind = Waymark erkennt nicht, was { $name } enthält: Importiert werden CSV-Tabellen (.csv) und Mermaid-Journeys (.mmd oder .mermaid)
problem-csv-too-large = Die CSV-Datei ist { $size } MB groß, über der Grenze von { $limit } MB; die Tabelle in kleinere aufteilen
problem-csv-too-many = Die Tabelle hat mehr als { $limit } { $what ->
        [stages] Phasen
        [lanes] Bahnen
       *[cards] Karten
    }, über der Grenze; in kleinere Tabellen aufteilen
problem-csv-too-long = Zeile { $line }: Ein Name oder Titel ist { $chars } Zeichen lang, über der Grenze von { $limit } Zeichen; in der Tabelle kürzen
problem-csv-not-utf8 = Die CSV-Datei ist kein UTF-8-Text; in der Tabellenkalkulation als „CSV UTF-8“ speichern und erneut importieren
problem-csv-unclosed = Zeile { $line }: Ein Feld in Anführungszeichen wird nie geschlossen; das fehlende Anführungszeichen ergänzen
problem-csv-no-stages = Die erste Zeile muss ab der zweiten Spalte die Phasen nennen; diese ergänzen und erneut importieren
problem-csv-parse = Die CSV-Datei kann nicht gelesen werden ({ $detail })
problem-mermaid-too-large = Die Mermaid-Datei ist { $size } MB groß, über der Grenze von { $limit } MB
problem-mermaid-not-utf8 = Die Mermaid-Datei ist kein UTF-8-Text; als UTF-8 speichern und erneut importieren
problem-mermaid-not-journey = Zeile { $line } beginnt mit „{ $start }“: Das ist keine Mermaid-Journey, die einzige Art Mermaid-Diagramm, die Waymark importiert
problem-mermaid-no-journey = Die Datei enthält keine Mermaid-Journey (keine Zeile lautet „journey“), die einzige Art Mermaid-Diagramm, die Waymark importiert
problem-mermaid-line = Zeile { $line } ist nicht so geschrieben, wie eine Mermaid-Journey es erwartet ({ $detail }); korrigieren und erneut importieren
problem-mermaid-too-many = Die Journey hat mehr als { $limit } { $what ->
        [sections] Abschnitte
        [actors] Beteiligte
       *[tasks] Aufgaben
    }, über der Grenze; in kleinere Journeys aufteilen
problem-metrics-too-large = Die CSV-Datei ist { $size } MB groß, über der Grenze von { $limit } MB für Kennzahlen
problem-metrics-row = Zeile { $line } ist nicht verwendbar ({ $detail }); korrigieren und erneut importieren
problem-metrics-empty = Die CSV-Datei enthält keine Kennzahlen; sie braucht die Spalten stage, metric und value
problem-metrics-parse = Die CSV-Datei kann nicht gelesen werden ({ $detail })
problem-picture-not-an-image = Es ist kein PNG- oder JPEG-Bild; zuerst als PNG oder JPEG speichern
problem-picture-too-large = Die Datei ist { $size } MB groß, über der Grenze von { $limit } MB für ein Bild; eine kleinere Fassung speichern
problem-picture-too-many-pixels = Das Bild hat { $width } × { $height } Pixel, über der Grenze von { $limit } × { $limit }; zuerst verkleinern
problem-picture-too-much-memory = Das Bild hat { $width } × { $height } Pixel, mehr als Waymark dekodieren kann; zuerst verkleinern
problem-picture-damaged = Das Bild ist beschädigt und nicht lesbar ({ $detail })
problem-picture-wrong-type = Es gibt sich als { $labelled } aus, ist aber ein { $actual }-Bild; in einem Bildprogramm neu speichern
problem-clipboard = Das Bild konnte nicht vorbereitet werden ({ $detail }); stattdessen in eine Datei exportieren
problem-store = { $path }: { $reason }
problem-merge = Waymark konnte die beiden Fassungen wegen eines Fehlers in Waymark nicht zusammenführen; bitte melden Sie ihn ({ $detail })
problem-copy-unreadable = { $path } lässt sich nicht als Projekt öffnen: { $reason }
problem-lane-holds-cards = Die Bahn „{ $lane }“ enthält { $count ->
        [one] eine Karte
       *[other] { $count } Karten
    }, die eine Bahn dieser Art nicht zeigen kann; zuerst verschieben oder löschen
problem-no-cards-here = Die Bahn „{ $lane }“ kann keine Karten zeigen; eine Bahn der Art „Karten“ oder „Bilder“ wählen
read-only-newer = Schreibgeschützt: Diese Datei stammt aus einer neueren Waymark-Version (Formatversion { $version }). Hier sind keine Änderungen möglich; eine Kopie speichern, um sie im Format dieser Version zu behalten.
read-only-file = Schreibgeschützt: Die Dateirechte erlauben keine Änderungen. Hier sind keine Änderungen möglich; eine Kopie speichern, um daran weiterzuarbeiten.
notice-restored-untied = Die wiederhergestellten Änderungen gehören zu { $path }, { $why ->
        [read-only] aber diese Datei ist schreibgeschützt
        [newer] aber diese Datei stammt aus einer neueren Waymark-Version
        [gone] aber diese Datei gibt es nicht mehr
        [unreadable] aber diese Datei ist nicht lesbar
       *[not-a-project] aber diese Datei ist kein Waymark-Projekt
    }: Sie sind jetzt unbenannt; beim Speichern wählen Sie den Ort.
problem-edit-missing = Das zu Ändernde gibt es nicht mehr, vielleicht inzwischen durch das Speichern einer Kollegin oder eines Kollegen gelöscht; nichts wurde geändert ({ $detail })
problem-last-map = Ein Projekt behält mindestens eine Map; vor dem Löschen eine weitere Map hinzufügen
problem-link-to-itself = Eine Karte kann nicht auf sich selbst zeigen; den Pfeil zu einer anderen Karte ziehen
problem-already-linked = Diese Karten sind bereits verbunden
note-score-outside = Zeile { $line }: Die Aufgabe „{ $task }“ hat die Bewertung { $score }, außerhalb von Mermaids 1 bis 5; übernommen als { $taken }
note-score-not-number = Zeile { $line }: Die Bewertung „{ $score }“ der Aufgabe „{ $task }“ ist keine Zahl (Mermaid bewertet von 1 bis 5); übernommen als 3, neutral
note-more-scores = und { $count ->
        [one] eine weitere solche Bewertung
       *[other] { $count } weitere solche Bewertungen
    }

## Was ein Export nicht unverändert zeigen oder schreiben konnte (nach „… exportiert:“)
export-note-pictures = { $count ->
        [one] ein Bild, das sich nicht anzeigen lässt, weggelassen
       *[other] { $count } Bilder, die sich nicht anzeigen lassen, weggelassen
    }: { $names }
export-note-small-text = Kartentext wird mit { $pt } pt gedruckt, unter { $min } pt: Wählen Sie ein größeres Papierformat
export-note-small-text-fit = Kartentext wird mit { $pt } pt gedruckt, unter { $min } pt: Wählen Sie ein größeres Papierformat oder schalten Sie „Ganze Map auf einer Seite“ aus
export-note-rewritten = { $what } „{ $text }“ wird als „{ $written }“ geschrieben ({ $why })
export-note-more-rewritten = und { $count ->
        [one] ein weiterer Text, den
       *[other] { $count } weitere Texte, die
    } Mermaid nicht unverändert aufnehmen kann
export-note-mermaid-left-out = { $count ->
        [one] eine Karte
       *[other] { $count } Karten
    } aus anderen Bahnen als „{ $lane }“ und der Emotionskurve weggelassen: Eine Mermaid-Journey hat nur eine Bahn mit Aufgaben
export-note-csv-one-line = { $count ->
        [one] ein Text
       *[other] { $count } Texte
    } mit Zeilenumbruch, Leerzeichen am Rand oder ohne Inhalt als eine Zeile geschrieben (eine Zelle enthält eine Karte pro Zeile): { $first }{ $more }
export-note-html-on-white = Der HTML-Viewer zeichnet seine Maps auf Weiß, nicht transparent
export-note-and-more = { " " }und { $count } weitere
note-thing-title = Titel
note-thing-scenario = Szenario
note-thing-stage = Phase { $id }
note-thing-lane = Bahn { $id }
note-thing-card = Karte { $id }
note-thing-persona = Persona { $id }
note-why-title = ein Mermaid-Titel kann weder # ; %% noch Zeilenumbrüche enthalten
note-why-scenario = Mermaids accDescr-Block endet bei {"}"}, und Leerzeichen am Zeilenrand werden entfernt
note-why-section = ein Mermaid-Abschnittsname kann weder # ; : %% noch Zeilenumbrüche enthalten, ein <br> darin ist ein Zeilenumbruch, und Waymark liest die Zeilen nach der ersten als Beschreibung der Phase
note-why-task = ein Mermaid-Aufgabenname kann weder # ; : %% noch Zeilenumbrüche enthalten
note-why-actor = ein Mermaid-Akteur kann weder , : # ; %% noch Zeilenumbrüche oder mehrere Leerzeichen hintereinander enthalten
note-why-actor-twin = der Name einer anderen Persona wird gleich geschrieben, beim Einlesen werden beide eine Persona
