/** Error codes of input problems, stable for front ends. */
export type InputErrorCode = 'binary' | 'encoding' | 'too-large' | 'format' | 'parse' | 'config'

/**
 * A problem with the input or configuration that the user can fix. Front ends print `message`
 * (Dutch, names the file) and never a stack trace.
 */
export class DuidelijkError extends Error {
  readonly code: InputErrorCode
  readonly path: string | undefined

  constructor(code: InputErrorCode, message: string, path?: string) {
    super(path ? `${path}: ${message}` : message)
    this.name = 'DuidelijkError'
    this.code = code
    this.path = path
  }
}

/** Whether a value is a DuidelijkError (also across package copies). */
export function isDuidelijkError(value: unknown): value is DuidelijkError {
  return value instanceof Error && value.name === 'DuidelijkError'
}
