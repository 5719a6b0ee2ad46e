import type {Config} from '../types.js'

/** Default preset: the rules a municipal letter should pass, without the noisiest checks. */
export const aanbevolen: Config = {
  targetLevel: 'B1',
  rules: {
    'lange-zin': {options: {info: 20, warning: 25, error: 35}},
    'lange-alinea': {options: {maxSentences: 6, maxWords: 100}},
  },
}
