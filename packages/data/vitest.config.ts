import { defineConfig, mergeConfig } from 'vitest/config'
import shared from '../../vitest.shared.ts'

// The table tests start real servers (PostgreSQL, a two-shard ClickHouse cluster) in their hooks;
// on a busy machine one can take a minute to accept connections, so hooks get longer still.
export default mergeConfig(shared, defineConfig({ test: { hookTimeout: 180_000 } }))
