import type {Severity} from './types.js'

/** Severities from mild to strong: compare with `SEVERITY_RANK[a] > SEVERITY_RANK[b]`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {info: 0, warning: 1, error: 2}
