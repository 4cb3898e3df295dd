// Polls until a check passes, with a generous deadline: servers start slowly on a busy machine, and a
// fixed sleep would be either too short there or wasted here.

export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  { deadlineMs = 120_000, everyMs = 200 } = {},
): Promise<void> {
  const deadline = Date.now() + deadlineMs
  let lastError: unknown
  for (;;) {
    try {
      if (await check()) return
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} was not ready after ${deadlineMs / 1000} s`, { cause: lastError })
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
