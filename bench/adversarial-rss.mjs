// Preloaded (node --import) into each process the adversarial harness starts: on exit, write the
// process's peak resident set size (kB, worker threads included) to the file in ADVERSARIAL_RSS.
import {writeFileSync} from 'node:fs'

const file = process.env.ADVERSARIAL_RSS
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
