/**
 * Runs once when a server process starts (Next.js instrumentation): in the Node.js runtime, the
 * webhook applier sweeps events acknowledged but not applied before a stop, then every 30 s
 * (lib/webhooks/apply-queue.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebhookApplier } = await import("@/lib/webhooks/apply-queue");
  startWebhookApplier();
}
