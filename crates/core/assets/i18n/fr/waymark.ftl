# Waymark — français (les libellés de la carte ; le reste vient de l'anglais)

strip-scenario = SCÉNARIO
strip-expectations = ATTENTES
strip-goals = OBJECTIFS
strip-needs = BESOINS
strip-frustrations = FRUSTRATIONS
strip-more = +{ $count } de plus
persona-quote = « { $quote } »
flag-pain-point = Point de friction
flag-opportunity = Opportunité
flag-moment-of-truth = Moment de vérité
legend-flags = Marqueurs
legend-evidence = Sources
legend-channels = Canaux
legend-targets = Objectifs
legend-target-hit = atteint
legend-target-miss = manqué
evidence-observed = observé
evidence-reported = rapporté
evidence-assumed = supposé
channel-web = Web
channel-app = Application
channel-email = E-mail
channel-store = Magasin
channel-phone = Téléphone
channel-social = Réseaux sociaux
channel-ads = Publicité
channel-word-of-mouth = Bouche-à-oreille
channel-chat = Chat
channel-other = Autre
lane-kind-emotion = Courbe émotionnelle
lane-kind-channels = Canaux
lane-kind-metrics = Indicateurs
lane-kind-line = Ligne de blueprint
metric-target = objectif
metric-unit-currency = devise
metric-unit-score = score
metric-unit-seconds = secondes
metric-unit-minutes = minutes
metric-unit-hours = heures
metric-unit-days = jours
metric-lower-better = plus bas est mieux
notes-heading = Commentaires de revue
page-footer = Page { $page } sur { $pages }
csv-lane = Ligne
list-separator = {", "}

page-personas = Personas

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = nouveau
stacked-changed = modifié
stacked-moved = déplacé

## A map's state, for naming the future state's copy of a map

map-current-state = État actuel
map-future-state = État futur
