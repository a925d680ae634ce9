/**
 * POST /api/bench/bare — the bare route handler `npm run bench -- webhook` compares the webhook
 * route with: same build, same proxy.ts, reads the body and answers what the webhook route
 * answers for a stored event (200 `{received:true}`), doing nothing else. Only a build with
 * NEXT_BENCH_ROUTES=1 (next.config.ts) serves it; production builds leave `*.bench.ts` out.
 */
export async function POST(req: Request): Promise<Response> {
  await req.text();
  return Response.json({ received: true });
}
