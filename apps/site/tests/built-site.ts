import { launchChromium } from '@d2l-ts/e2e/chromium'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { servePreview } from './preview-server.js'

/** The built site, served on 127.0.0.1, and a Chromium to visit it with. */
export interface BuiltSite {
  browser: Browser
  /** `http://127.0.0.1:<port>`. */
  origin: string
}

/**
 * Serves the built site (dist/) and launches Chromium before the test file's tests, and stops both
 * after them. The fields are filled in when the tests run, not when this returns.
 */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite
  let stopServer: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const preview = await servePreview()
    stopServer = preview.stop
    site.origin = preview.origin
    site.browser = await launchChromium()
  })
  afterAll(async () => {
    await site.browser?.close()
    await stopServer?.()
  })
  return site
}
