import {describe, expect, it} from 'vitest'
import {isValidBsn, isValidIban, maskEmail, maskValue} from '../src/nlp/identifiers.js'

describe('identifiers', () => {
  it('checks the BSN elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true)
    expect(isValidBsn('123456782')).toBe(true)
    expect(isValidBsn('123456789')).toBe(false)
    expect(isValidBsn('000000000')).toBe(false)
    expect(isValidBsn('12345678')).toBe(false)
  })

  it('checks IBAN mod 97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true)
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true)
    expect(isValidIban('NL91ABNA0417164301')).toBe(false)
    expect(isValidIban('DE89370400440532013000')).toBe(true)
    expect(isValidIban('NL00BANK0123456789')).toBe(false)
  })

  it('masks all but the last characters', () => {
    expect(maskValue('111 222 333')).toBe('••••••333')
    expect(maskValue('NL91ABNA0417164300')).toBe('•••••••••••••••300')
    expect(maskValue('06-12')).toBe('•••612')
    expect(maskEmail('j.jansen@voorbeeld.nl')).toBe('••••••••@•••••••••.nl')
  })
})
