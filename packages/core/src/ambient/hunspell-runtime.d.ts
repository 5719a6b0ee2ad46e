// hunspell-asm's Emscripten runtime (MODULARIZE=1): a function that instantiates the WebAssembly
// module. hunspell-asm has no "exports" map, so the file is importable; it ships no types for it.
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  export interface HunspellRuntime {
    HEAPU8: Uint8Array
    FS: {
      mkdir(path: string): void
      writeFile(path: string, data: Uint8Array): void
      unlink(path: string): void
    }
    cwrap(
      name: string,
      returns: 'number' | null,
      args: Array<'number'>,
    ): (...args: number[]) => number
    allocateUTF8(text: string): number
    UTF8ToString(pointer: number): string
    getValue(pointer: number, type: '*'): number
    _malloc(size: number): number
    _free(pointer: number): void
  }
  interface RuntimeOptions {
    onRuntimeInitialized?: () => void
    onAbort?: (reason: unknown) => void
    TOTAL_MEMORY?: number
  }
  const createRuntime: (options: RuntimeOptions) => HunspellRuntime
  export default createRuntime
}
