# Waymark — português do Brasil (os rótulos do mapa; o resto vem do inglês)

strip-scenario = CENÁRIO
strip-expectations = EXPECTATIVAS
strip-goals = OBJETIVOS
strip-needs = NECESSIDADES
strip-frustrations = FRUSTRAÇÕES
strip-more = +{ $count } mais
persona-quote = “{ $quote }”
flag-pain-point = Ponto de dor
flag-opportunity = Oportunidade
flag-moment-of-truth = Momento da verdade
legend-flags = Marcações
legend-evidence = Evidência
legend-channels = Canais
legend-targets = Metas
legend-target-hit = atingida
legend-target-miss = não atingida
evidence-observed = observado
evidence-reported = relatado
evidence-assumed = suposto
channel-web = Web
channel-app = App
channel-email = E-mail
channel-store = Loja
channel-phone = Telefone
channel-social = Redes sociais
channel-ads = Anúncios
channel-word-of-mouth = Boca a boca
channel-chat = Chat
channel-other = Outro
lane-kind-emotion = Curva emocional
lane-kind-channels = Canais
lane-kind-metrics = Métricas
lane-kind-line = Linha do blueprint
metric-target = meta
metric-unit-currency = moeda
metric-unit-score = pontuação
metric-unit-seconds = segundos
metric-unit-minutes = minutos
metric-unit-hours = horas
metric-unit-days = dias
metric-lower-better = menor é melhor
notes-heading = Notas de revisão
page-footer = Página { $page } de { $pages }
csv-lane = Raia
list-separator = {", "}

page-personas = Personas

## Before and after stacked: tags on the lower map's cards that differ from the upper one

stacked-new = novo
stacked-changed = alterado
stacked-moved = movido

## A map's state, for naming the future state's copy of a map

map-current-state = Estado atual
map-future-state = Estado futuro
