// The console's production server (`npm start` runs it after building): Next's own request
// handler behind one line of proxy logic. Route handlers cannot see the TCP peer, and `next
// start` leaves a client's X-Forwarded-For untouched, so a client could name any IP. Like every
// reverse proxy, this server appends the peer it accepted the connection from to
// X-Forwarded-For; lib/request-context.ts takes the last hop as the client unless it is one of
// TRUSTED_PROXIES (issue 11, finding 4).
import { createServer } from "node:http";
import path from "node:path";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

/** X-Forwarded-For with the TCP peer appended (a repeated header is joined first). */
function withPeer(forwardedFor, peer) {
  const claimed = Array.isArray(forwardedFor) ? forwardedFor.join(", ") : forwardedFor;
  return claimed ? `${claimed}, ${peer}` : peer;
}

const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = withPeer(req.headers["x-forwarded-for"], req.socket.remoteAddress ?? "unknown");
  void handle(req, res);
});
server.listen(port, () => console.log(`▲ Next.js production server on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
