import {readFileSync} from 'node:fs'

/** Bytes of a fixture in tests/fixtures/formats (written by make-fixtures.mjs). */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(new URL(`../../../../tests/fixtures/formats/${name}`, import.meta.url)),
  )
}
