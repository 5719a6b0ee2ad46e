import type {Config} from '../types.js'

/** Default preset: the rules a municipal letter should pass, without the noisiest checks. */
export const aanbevolen: Config = {
  targetLevel: 'B1',
  rules: {
    'lange-zin': 'warning',
    'lange-alinea': 'warning',
  },
}
