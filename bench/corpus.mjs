// Deterministic generator of realistic municipal letters for benchmarks. All sentences are our own.
import {addTypos, random} from './typos.mjs'

const SUBJECTS = [
  'uw aanvraag voor een omgevingsvergunning',
  'uw bezwaar tegen de WOZ-waarde',
  'de inzameling van grof afval',
  'uw aanvraag voor een parkeervergunning',
  'uw verhuizing naar Dronten',
  'de aanslag gemeentelijke belastingen',
]
const OPENINGS = [
  'Op {datum} hebben wij uw aanvraag ontvangen.',
  'Naar aanleiding van uw brief van {datum} delen wij u mede dat wij uw verzoek in behandeling hebben genomen.',
  'U heeft ons gevraagd om een vergunning voor het bouwen van een schuur in uw achtertuin.',
  'Middels deze brief informeren wij u over de stand van zaken rond uw aanvraag.',
]
const BODY = [
  'Wij hebben uw aanvraag bekeken en wij hebben nog een paar gegevens van u nodig.',
  'Teneinde uw aanvraag zorgvuldig te kunnen beoordelen, verzoeken wij u vriendelijk doch dringend de ontbrekende stukken te verstrekken.',
  'Stuur ons vóór {datum} een tekening van de schuur met de maten erbij.',
  'Uw aanvraag wordt door de afdeling Vergunningen beoordeeld en u ontvangt zo spoedig mogelijk bericht.',
  'De kosten voor deze vergunning zijn € 245,00.',
  'U kunt het bedrag overmaken op rekening NL00 BANK 0123 4567 89 onder vermelding van het zaaknummer.',
  'Indien u niet tijdig reageert, zijn wij genoodzaakt uw aanvraag buiten behandeling te laten.',
  'Het is niet onmogelijk dat de behandeling van uw aanvraag enige weken langer duurt dan gebruikelijk.',
  'Wij nemen binnen acht weken een besluit over uw aanvraag.',
  'In het kader van de Omgevingswet zijn de regels voor bijgebouwen in uw wijk met ingang van 1 januari gewijzigd.',
  'Heeft u de stukken al opgestuurd? Dan hoeft u niets te doen.',
  'Op onze website www.dronten.nl leest u meer over vergunningen voor bijgebouwen.',
  'De door u op {datum} bij ons ingediende tekening voldoet niet aan de eisen die het bestemmingsplan stelt.',
  'Wij vinden het belangrijk dat u weet waar u aan toe bent.',
]
const CLOSINGS = [
  'Heeft u vragen? Bel ons dan op 14 0321 of mail naar info@dronten.nl.',
  'Wij hopen u hiermee voldoende te hebben geïnformeerd.',
]
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/**
 * Generate `count` letters of about `words` words each, deterministic for a seed. With `typos`,
 * each letter gets that many realistic typos (bench/typos.mjs), as letters people write do.
 * @returns {string[]}
 */
export function generateLetters(count, {words = 600, seed = 42, typos = 0} = {}) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const fill = (s) =>
    s.replaceAll('{datum}', () => `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} 2025`)
  const letters = []
  for (let i = 0; i < count; i++) {
    const parts = [
      `Onderwerp: ${pick(SUBJECTS)}`,
      '',
      `Geachte {{aanhef}} {{achternaam}},`,
      '',
      fill(pick(OPENINGS)),
    ]
    let wordCount = 30
    let paragraph = []
    while (wordCount < words) {
      const sentence = fill(pick(BODY))
      paragraph.push(sentence)
      wordCount += sentence.split(/\s+/).length
      if (paragraph.length >= 3 || next() < 0.3) {
        parts.push('', paragraph.join(' '))
        paragraph = []
      }
    }
    if (paragraph.length) parts.push('', paragraph.join(' '))
    parts.push(
      '',
      pick(CLOSINGS),
      '',
      'Met vriendelijke groet,',
      '',
      'Team Vergunningen',
      'Gemeente Dronten',
      '',
    )
    letters.push(typos > 0 ? addTypos(parts.join('\n'), typos, next) : parts.join('\n'))
  }
  return letters
}
