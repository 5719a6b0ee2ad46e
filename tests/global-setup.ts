// Every test run gets a temporary folder of its own for what the tests write (os.tmpdir() reads
// TMPDIR; the test processes and the CLI and language-server processes they start inherit it), and
// the folder is removed when the run ends: tests that make a temporary folder and do not remove it
// no longer leave it behind on the machine (some 150 folders per run before).
import {chmodSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const folder = mkdtempSync(join(tmpdir(), 'duidelijk-tests-'))
  // Open like /tmp itself: some tests run the CLI as another user (nobody) on folders in here.
  chmodSync(folder, 0o1777)
  process.env.TMPDIR = folder
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    rmSync(folder, {recursive: true, force: true})
  }
}
