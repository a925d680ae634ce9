/**
 * Next.js calls `register()` once when a server process starts (`next start`, scripts/serve.mjs,
 * `next dev`), before it serves. The background jobs start here, in the Node.js runtime only
 * (lib/jobs/start.ts; `JOBS=off` disables them). Not awaited: serving does not wait for pg-boss to
 * connect, and startJobs logs (never throws) a runner that cannot start.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobs } = await import("@/lib/jobs/start");
  void startJobs();
}
