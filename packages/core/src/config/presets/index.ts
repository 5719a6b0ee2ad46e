import type {Config} from '../types.js'
import {aanbevolen} from './aanbevolen.js'
import {b1} from './b1.js'
import {dronten} from './dronten.js'
import {strikt} from './strikt.js'

/** Built-in presets by name. */
export const presets: Record<string, Config> = {
  'duidelijk:aanbevolen': aanbevolen,
  'duidelijk:b1': b1,
  'duidelijk:strikt': strikt,
  'duidelijk:dronten': dronten,
}
