import type {Config} from '../types.js'

/**
 * Duidelijk Dronten: the checks behind the three ambitions of Dronten's Kadernotitie Excellente
 * dienstverlening, at taalniveau B1. See docs/dronten.md.
 */
export const dronten: Config = {
  extends: 'duidelijk:b1',
  targetLevel: 'B1',
  letter: 'auto',
  rules: {
    // Verbinding: volg de logica van de inwoner.
    'kern-vooraan': 'warning',
    aanspreekvorm: ['warning', {vorm: 'u'}],
    // Vakmanschap: duidelijk in wat wel en niet kan.
    actie: 'warning',
    bezwaarclausule: 'error',
    // Vertrouwen: oog voor het algemeen belang, transparant.
    contactgegevens: 'error',
    persoonsgegevens: ['error', {organisatieDomeinen: ['dronten.nl']}],
    toon: 'warning',
    aanhef: ['warning', {stijl: 'vrij'}],
  },
  groups: {
    verbinding: {
      label: 'Verbinding',
      description:
        'Volg de logica van de inwoner: de boodschap vooraan, één aanspreekvorm, korte zinnen en gewone woorden.',
      rules: [
        'kern-vooraan',
        'aanspreekvorm',
        'lange-zin',
        'lange-alinea',
        'moeilijk-woord',
        'naamwoordstijl',
        'aanhef',
        'afsluiting',
      ],
    },
    vakmanschap: {
      label: 'Vakmanschap',
      description:
        'Wees duidelijk in wat wel en niet kan: wat moet de inwoner doen, wanneer, en hoe maakt hij bezwaar.',
      rules: [
        'actie',
        'vage-termijn',
        'bezwaarclausule',
        'klachtafhandeling',
        'dubbele-ontkenning',
        'lijdende-vorm',
        'tangconstructie',
        'datum-en-bedrag',
        'spelling',
        'tekenset',
      ],
    },
    vertrouwen: {
      label: 'Vertrouwen',
      description:
        'Wees transparant en zorgvuldig: bereikbaar, geen persoonsgegevens in sjablonen, een vriendelijke toon zonder ambtelijke taal.',
      rules: ['contactgegevens', 'persoonsgegevens', 'toon', 'ambtelijke-taal', 'afkorting'],
    },
  },
}
