#!/usr/bin/env node
import {main} from './main.js'

main({argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`duidelijk: onverwachte fout: ${(error as Error).message}\n`)
    process.exitCode = 2
  },
)
