#!/usr/bin/env node
// The command `duidelijk-language-server`. A committed file rather than dist/bin.js itself: pnpm
// links the bins of workspace packages at install time, before `pnpm build` has made dist/, and
// warned "Failed to create bin" for a target that did not exist yet.
import '../dist/bin.js'
