# Waymark — español (las etiquetas del mapa; el resto sale del inglés)

strip-scenario = ESCENARIO
strip-expectations = EXPECTATIVAS
strip-goals = OBJETIVOS
strip-needs = NECESIDADES
strip-frustrations = FRUSTRACIONES
strip-more = +{ $count } más
persona-quote = «{ $quote }»
flag-pain-point = Punto de dolor
flag-opportunity = Oportunidad
flag-moment-of-truth = Momento de la verdad
legend-flags = Marcas
legend-evidence = Evidencia
legend-channels = Canales
legend-targets = Objetivos
legend-target-hit = alcanzado
legend-target-miss = no alcanzado
evidence-observed = observado
evidence-reported = declarado
evidence-assumed = supuesto
channel-web = Web
channel-app = App
channel-email = Correo
channel-store = Tienda
channel-phone = Teléfono
channel-social = Redes sociales
channel-ads = Anuncios
channel-word-of-mouth = Boca a boca
channel-chat = Chat
channel-other = Otro
lane-kind-emotion = Curva emocional
lane-kind-channels = Canales
lane-kind-metrics = Métricas
lane-kind-line = Línea del blueprint
metric-target = objetivo
metric-unit-currency = moneda
metric-unit-score = puntuación
metric-unit-seconds = segundos
metric-unit-minutes = minutos
metric-unit-hours = horas
metric-unit-days = días
metric-lower-better = menos es mejor
notes-heading = Notas de revisión
page-footer = Página { $page } de { $pages }
csv-lane = Carril
list-separator = {", "}

page-personas = Personas

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = nuevo
stacked-changed = cambiado
stacked-moved = movido

## A map's state, for naming the future state's copy of a map

map-current-state = Estado actual
map-future-state = Estado futuro
