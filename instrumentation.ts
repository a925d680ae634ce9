/**
 * Next.js calls `register()` once when a server process starts (`next start`, scripts/serve.mjs,
 * `next dev`), before it serves. In the Node.js runtime only:
 * - the webhook applier sweeps events acknowledged but not applied before a stop, then every 30 s
 *   (lib/webhooks/apply-queue.ts);
 * - the background jobs start (lib/jobs/start.ts; `JOBS=off` disables them). Not awaited: serving
 *   does not wait for pg-boss to connect, and startJobs logs (never throws) a runner that cannot start.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebhookApplier } = await import("@/lib/webhooks/apply-queue");
  startWebhookApplier();
  const { startJobs } = await import("@/lib/jobs/start");
  void startJobs();
}
