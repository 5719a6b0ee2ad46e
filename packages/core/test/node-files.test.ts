import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, sep} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandPaths} from '../src/node/files.js'

function folder(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-glob-'))
  for (const file of files) {
    mkdirSync(join(root, file, '..'), {recursive: true})
    writeFileSync(join(root, file), 'Beste mevrouw,\n')
  }
  return root
}

const rel = (root: string, paths: string[]) =>
  paths.map((path) => relative(root, path).split(sep).join('/'))

describe('expandPaths with glob patterns (picomatch)', () => {
  const root = folder([
    'brief.md',
    'brieven/a.md',
    'brieven/b.txt',
    'brieven/2025/c.md',
    'brieven/concept/d.md',
    'node_modules/x/e.md',
  ])

  it('** matches any depth, * one path segment, relative to the working folder', () => {
    expect(rel(root, expandPaths(['brieven/**/*.md'], [], root))).toEqual([
      'brieven/2025/c.md',
      'brieven/a.md',
      'brieven/concept/d.md',
    ])
    expect(rel(root, expandPaths(['*.md'], [], root))).toEqual(['brief.md'])
  })

  it('supports braces and skips ignore patterns and node_modules', () => {
    expect(rel(root, expandPaths(['brieven/{a.md,b.txt}'], [], root))).toEqual([
      'brieven/a.md',
      'brieven/b.txt',
    ])
    expect(rel(root, expandPaths(['**/*.md'], ['concept/'], root))).toEqual([
      'brief.md',
      'brieven/2025/c.md',
      'brieven/a.md',
    ])
  })
})
