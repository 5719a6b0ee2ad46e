import type {Config} from '../types.js'

/** Everything on, the limits of B1 and info findings shown as warnings where it matters. */
export const strikt: Config = {
  extends: 'duidelijk:b1',
  rules: {
    // Strict: every sentence over the limit, also one just over it in plain words.
    'lange-zin': ['error', {info: 12, warning: 15, error: 25, marge: 0}],
    'lange-alinea': ['error', {maxSentences: 4, maxWords: 70}],
  },
}
