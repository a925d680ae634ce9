import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the balancer saw per instance: every request, the server-action calls and the webhook deliveries among them. */
export interface Served {
  requests: number;
  actions: number;
  webhooks: number;
}

export interface Balancer {
  url: string;
  /** Requests each instance answered, by instance name. */
  served: Map<string, Served>;
  /** Sends every request to the instance `name` only (null: all of them again), e.g. to crash the one serving a request. */
  pin(name: string | null): void;
  close(): Promise<void>;
}

export interface Upstream {
  name: string;
  port: number;
}

function kindOf(req: IncomingMessage): string {
  if (req.method === "POST" && req.headers["next-action"]) return "action";
  if (req.method === "POST" && req.url?.startsWith("/api/webhooks/")) return "webhook";
  return "other";
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A round-robin load balancer on `port` in front of `upstreams()`, as a deployment puts one
 * in front of several console instances: each request goes to the next instance in turn (no
 * stickiness, so one browser's consecutive requests land on different instances). The turn is
 * kept per kind of request (server action, webhook, anything else), so each kind is spread over
 * every instance whatever number of page requests a flow makes between two actions. The Host
 * header is kept, the peer is appended to X-Forwarded-For, and a request whose instance refuses
 * the connection (down, restarting) is sent to the next one — as a balancer's health check would.
 * A request an instance accepted and then dropped (it crashed mid-request) is answered 502 and
 * never resent: it may have moved money. Bodies are buffered, so a retried request is resent whole.
 */
export async function startBalancer(port: number, upstreams: () => Upstream[]): Promise<Balancer> {
  const served = new Map<string, Served>();
  const turns = new Map<string, number>();
  let pinned: string | null = null;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const candidates = upstreams().filter((u) => pinned === null || u.name === pinned);
    const kind = kindOf(req);
    const turn = turns.get(kind) ?? 0;
    turns.set(kind, (turn + 1) % Math.max(1, candidates.length));
    const forward = (attempt: number) => {
      if (attempt >= candidates.length) {
        res.writeHead(503, { "content-type": "text/plain" }).end("no console instance answers");
        return;
      }
      const upstream = candidates[(turn + attempt) % candidates.length];
      const headers = { ...req.headers, "x-forwarded-for": [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ") };
      const out = request({ host: "127.0.0.1", port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
        const count = served.get(upstream.name) ?? { requests: 0, actions: 0, webhooks: 0 };
        count.requests += 1;
        if (kind === "action") count.actions += 1;
        if (kind === "webhook") count.webhooks += 1;
        served.set(upstream.name, count);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        // An instance that dies mid-answer: the client's connection is cut too, never left hanging.
        answer.on("aborted", () => res.destroy());
        answer.on("error", () => res.destroy());
        answer.pipe(res);
      });
      out.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED") forward(attempt + 1);
        else if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`instance ${upstream.name}: ${error.code ?? error.message}`);
        else res.destroy(error);
      });
      out.end(body);
    };
    forward(0);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    served,
    pin(name) {
      pinned = name;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
