import type {Config} from '../types.js'

/** Default preset: the rules a municipal letter should pass, without the noisiest checks. */
export const aanbevolen: Config = {
  targetLevel: 'B1',
  rules: {
    // A sentence of 21 to 25 words (the info band) only with official language in it: editors of
    // the blind letters judged such sentences in plain words wrong as often as right (23-25
    // words: 67 goed, 1 deels, 66 fout), and with official language mostly right.
    'lange-zin': {options: {info: 20, warning: 25, error: 35, marge: 5}},
    'lange-alinea': {options: {maxSentences: 6, maxWords: 100}},
  },
}
