/** Types of build-if-stale.mjs (plain JavaScript so that `node scripts/start.mjs` runs it as is). */
export function buildIfStale(env?: NodeJS.ProcessEnv): void;
