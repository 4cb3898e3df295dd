import { fileURLToPath } from 'node:url'
import { preview } from 'astro'

/** The built site (dist/), served by Astro's preview server on a free port of 127.0.0.1. */
export async function servePreview(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const port = 4400 + Math.floor(Math.random() * 500)
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } })
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() }
}
