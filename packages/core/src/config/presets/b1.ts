import type {Config} from '../types.js'

/** Taalniveau B1: tighter sentence and paragraph limits. */
export const b1: Config = {
  extends: 'duidelijk:aanbevolen',
  targetLevel: 'B1',
  rules: {
    // Two words of margin, not the default preset's five: B1 letters keep their tighter band.
    'lange-zin': ['error', {info: 15, warning: 20, error: 30, marge: 2}],
    'lange-alinea': ['warning', {maxSentences: 5, maxWords: 80}],
  },
}
