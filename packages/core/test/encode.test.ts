import {describe, expect, it} from 'vitest'
import {decodeText, encodeText} from '../src/decode.js'

describe('encodeText: the inverse of decodeText (--fix writes a file back in its own encoding)', () => {
  it('Windows-1252: every byte 0x80–0xFF decodes and encodes back to itself', () => {
    const bytes = Uint8Array.from({length: 255}, (_, i) => i + 1)
    // Control bytes would make decodeText call the file binary: decode the high half only.
    const high = bytes.subarray(0x7f)
    const text = decodeText(high, 'windows-1252')
    expect(text.slice(0, 1)).toBe('€')
    expect([...(encodeText(text, 'windows-1252') as Uint8Array)]).toEqual([...high])
  })

  it('Windows-1252: é, €, ’ and ë are single bytes; ĳ and ‐ cannot be written', () => {
    expect([...(encodeText('café € ’s ë', 'windows-1252') as Uint8Array)]).toEqual([
      0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x92, 0x73, 0x20, 0xeb,
    ])
    expect(encodeText('mogelĳk', 'windows-1252')).toEqual({unencodable: 5})
    expect(encodeText('a\u2010b', 'windows-1252')).toEqual({unencodable: 1})
  })

  it('UTF-16 LE and BE, UTF-8', () => {
    expect([...(encodeText('é€', 'utf-16le') as Uint8Array)]).toEqual([0xe9, 0, 0xac, 0x20])
    expect([...(encodeText('é€', 'utf-16be') as Uint8Array)]).toEqual([0, 0xe9, 0x20, 0xac])
    expect([...(encodeText('é', 'utf-8') as Uint8Array)]).toEqual([0xc3, 0xa9])
    expect(encodeText('a\ud800b', 'utf-8')).toEqual({unencodable: 1})
  })
})
