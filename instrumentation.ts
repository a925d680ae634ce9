/**
 * Next.js calls `register()` once when a server process starts (`next start`, scripts/serve.mjs,
 * `next dev`), before it serves. The background jobs start here, in the Node.js runtime only
 * (lib/jobs/start.ts; `JOBS=off` disables them).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobs } = await import("@/lib/jobs/start");
  await startJobs();
}
