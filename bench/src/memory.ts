import { readFileSync } from 'node:fs'

/**
 * This process's peak resident set size in bytes, and where it was read.
 *
 * On Linux it is VmHWM from /proc/self/status, the high-water mark of this process's own address
 * space. getrusage's maxRSS is not used there: Linux carries the peak of the address space an exec
 * replaced into it, and a child spawned by fork + exec starts as a copy of its parent, so a child's
 * maxRSS is never below what the parent held at that moment (here, the parent's copy of the dataset).
 */
export function peakRss(): { bytes: number; source: 'VmHWM' | 'maxRSS' } {
  try {
    const bytes = parseVmHwm(readFileSync('/proc/self/status', 'utf8'))
    if (bytes !== undefined) return { bytes, source: 'VmHWM' }
  } catch {
    // not Linux: fall through
  }
  return { bytes: process.resourceUsage().maxRSS * 1024, source: 'maxRSS' }
}

/** The VmHWM line of a /proc/<pid>/status text, in bytes. */
export function parseVmHwm(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)
  return match?.[1] ? Number(match[1]) * 1024 : undefined
}
