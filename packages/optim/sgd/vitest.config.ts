// The workspace's shared settings for unit tests (timeouts that hold on a busy machine).
export { default } from '../../../vitest.shared.ts'
