# Waymark — Deutsch
# Die Nachrichten-IDs sind dieselben wie in en/waymark.ftl; siehe docs/translating.md.

## Persona-Leiste über der Map

strip-scenario = SZENARIO
strip-expectations = ERWARTUNGEN
strip-goals = ZIELE
strip-needs = BEDÜRFNISSE
strip-frustrations = FRUSTRATIONEN
strip-more = +{ $count } weitere
persona-quote = „{ $quote }“

## Markierungen auf Karten und in der Legende

flag-pain-point = Schmerzpunkt
flag-opportunity = Chance
flag-moment-of-truth = Moment der Wahrheit

## Legende unter der Map

legend-flags = Markierungen
legend-evidence = Belege
legend-channels = Kanäle
legend-targets = Zielwerte
legend-target-hit = erreicht
legend-target-miss = verfehlt
evidence-observed = beobachtet
evidence-reported = berichtet
evidence-assumed = angenommen

## Kanäle

channel-web = Web
channel-app = App
channel-email = E-Mail
channel-store = Filiale
channel-phone = Telefon
channel-social = Soziale Medien
channel-ads = Werbung
channel-word-of-mouth = Mundpropaganda
channel-chat = Chat
channel-other = Sonstiges

## Arten von Zeilen

lane-kind-cards = Karten
lane-kind-emotion = Emotionskurve
lane-kind-channels = Kanäle
lane-kind-text = Text
lane-kind-images = Bilder
lane-kind-metrics = Kennzahlen
lane-kind-line = Blueprint-Linie

## Kennzahlen

metric-target = Zielwert
metric-unit-currency = Währung
metric-unit-score = Punkte
metric-unit-seconds = Sekunden
metric-unit-minutes = Minuten
metric-unit-hours = Stunden
metric-unit-days = Tage
metric-lower-better = weniger ist besser
metric-empty = Noch keine Kennzahlen: Wählen Sie diese Zeile aus und fügen Sie sie im Inspektor hinzu, oder importieren Sie eine CSV-Datei.

## Review-Kommentare

notes-heading = Review-Kommentare
notes-count = { $count ->
    [one] ein Kommentar
   *[other] { $count } Kommentare
}
notes-resolved = erledigt

## Seiten und Folien

page-footer = Seite { $page } von { $pages }
slide-scenario = Szenario: { $text }
slide-persona = Persona: { $name }
slide-goals = Ziele
slide-needs = Bedürfnisse
slide-frustrations = Frustrationen

## HTML-Ansicht

viewer-maps = Journey-Maps
viewer-zoom-out = Verkleinern
viewer-zoom-in = Vergrößern
viewer-fit = Einpassen
viewer-fit-map = Ganze Map zeigen
viewer-persona = Persona
viewer-print = Drucken
viewer-close = Details schließen
viewer-pan-zoom = Ziehen zum Verschieben, Mausrad oder + und − zum Zoomen
viewer-scenario = Szenario
viewer-goals = Ziele
viewer-needs = Bedürfnisse
viewer-frustrations = Frustrationen
viewer-details = Details
viewer-marked-as = Markiert als
viewer-tags = Schlagwörter
viewer-owner = Verantwortlich
viewer-metric = Kennzahl
viewer-emotion = Emotion
viewer-opens = Öffnet

## CSV-Spalten

csv-lane = Zeile

## Formate

list-separator = {", "}

page-personas = Personas

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = neu
stacked-changed = geändert
stacked-moved = verschoben

## A map's state, for naming the future state's copy of a map

map-current-state = Ist-Zustand
map-future-state = Soll-Zustand
