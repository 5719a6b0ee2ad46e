import {applyMasks, mergeMasks, type MaskFinder} from '../nlp/masks.js'
import type {Document} from '../types.js'
import type {Masked} from './types.js'

/**
 * Mask stage: the placeholders, URLs and e-mail addresses the checker's patterns find join the
 * ranges the loader masked (merge fields, code). The result is a new frozen document whose
 * `masked` holds them all, and the text the parser reads, with every masked range replaced by
 * characters of the same length.
 */
export function maskStage(loaded: Document, finder: MaskFinder): Masked {
  const masked = mergeMasks([...loaded.masked, ...finder.find(loaded.text)])
  const document = Object.freeze({...loaded, masked})
  return {document, text: applyMasks(document.text, masked)}
}
