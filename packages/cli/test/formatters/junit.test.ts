import {describe, expect, it} from 'vitest'
import {junit} from '../../src/formatters/junit.js'
import {fixture} from './fixture.js'

describe('junit formatter', () => {
  it('writes one test suite per file and one failing case per warning or error', async () => {
    expect(junit(await fixture())).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="duidelijk" failures="2">
  <testsuite name="brieven/a.txt" tests="2" failures="2">
    <testcase classname="brieven/a.txt" name="ambtelijke-taal 1:24">
      <failure type="warning" message="‘Reeds’ is ouderwets voor ‘al’.">brieven/a.txt:1:24 ‘Reeds’ is ouderwets voor ‘al’.</failure>
    </testcase>
    <testcase classname="brieven/a.txt" name="ambtelijke-taal 2:1">
      <failure type="warning" message="‘Indien’ is formeel. ‘Als’ is korter en gewoner.">brieven/a.txt:2:1 ‘Indien’ is formeel. ‘Als’ is korter en gewoner.</failure>
    </testcase>
  </testsuite>
  <testsuite name="brieven/b.txt" tests="1" failures="0">
    <testcase classname="brieven/b.txt" name="duidelijk"/>
  </testsuite>
</testsuites>
`)
  })
})
