/** How a TSV list is read. */
export interface TsvOptions<C extends string> {
  /** File name for error messages. */
  source: string
  /** The columns, in file order (Dutch names, as in the header line). */
  columns: readonly C[]
  /** How many leading columns a header must name at least (the rest are optional). */
  required: number
  /**
   * `required`: the first line that is not a comment is the header (the shipped lists).
   * `optional`: a header is validated when the first line starts with the first column's name;
   * otherwise rows start right away (an organisation's own list).
   */
  header?: 'required' | 'optional'
}

/** One data row: its 1-based line number and its cells by column name (missing cells are ''). */
export interface TsvRow<C extends string> {
  line: number
  /** "file, regel n", for error messages about the row. */
  where: string
  cells: Record<C, string>
}

/**
 * Read a tab-separated list: `#` lines (source, licence) and blank lines are skipped, the header is
 * checked against the expected columns, and every row is returned with its cells by column name.
 * Cells are not trimmed. Errors name the file and the line.
 */
export function readTsv<C extends string>(text: string, options: TsvOptions<C>): TsvRow<C>[] {
  const {source, columns} = options
  const rows: TsvRow<C>[] = []
  let width: number | undefined
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const cells = line.split('\t')
    const where = `${source}, regel ${index + 1}`
    if (width === undefined) {
      if (options.header !== 'optional' || cells[0] === columns[0]) {
        width = checkHeader(cells, options, where)
        return
      }
      width = columns.length
    }
    if (cells.length > width && cells.slice(width).some((cell) => cell.trim() !== '')) {
      throw new Error(`${where}: ${cells.length} kolommen, de lijst heeft er ${width}`)
    }
    const named = {} as Record<C, string>
    columns.forEach((column, i) => {
      named[column] = cells[i] ?? ''
    })
    rows.push({line: index + 1, where, cells: named})
  })
  if (width === undefined && options.header !== 'optional') {
    throw new Error(`${source}: de kopregel (${columns.join(', ')}) ontbreekt`)
  }
  return rows
}

/** Validate a header line; returns the number of columns it names. */
function checkHeader<C extends string>(
  cells: readonly string[],
  options: TsvOptions<C>,
  where: string,
): number {
  const names = cells.map((cell) => cell.trim())
  while (names.length > 0 && names.at(-1) === '') names.pop()
  const expected = options.columns.slice(0, Math.max(names.length, options.required))
  if (
    names.length < options.required ||
    names.length > options.columns.length ||
    names.some((name, i) => name !== expected[i])
  ) {
    throw new Error(
      `${where}: kopregel "${names.join(', ')}" klopt niet; verwacht: ${options.columns.join(', ')} (de eerste ${options.required} verplicht)`,
    )
  }
  return names.length
}
