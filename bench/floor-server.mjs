// The floor the webhook bench compares with: bare node:http, the same HMAC check as Kard's
// (`notify-signature` = base64 HMAC-SHA256 of the raw body, timing-safe), and one INSERT per
// event into a SQLite file in WAL mode (better-sqlite3, synchronous left at SQLite's default,
// FULL), answering 200 {received:true} after it. Env: PORT, FLOOR_DB (file), WEBHOOK_KEY.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";

const db = new Database(process.env.FLOOR_DB);
db.pragma("journal_mode = WAL");
db.exec("CREATE TABLE IF NOT EXISTS event (seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, received_at TEXT NOT NULL)");
const insert = db.prepare("INSERT INTO event (event_id, body, received_at) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING");
const key = process.env.WEBHOOK_KEY ?? "kard_sandbox_webhook_key";

function verified(body, header) {
  if (!header) return false;
  const expected = Buffer.from(createHmac("sha256", key).update(body, "utf8").digest("base64"));
  const given = Buffer.from(String(header));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    if (!verified(body, req.headers["notify-signature"])) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"received":false}');
      return;
    }
    let id;
    try {
      id = JSON.parse(body)?.data?.id;
    } catch {
      id = undefined;
    }
    if (typeof id !== "string") {
      res.writeHead(400, { "content-type": "application/json" }).end('{"received":false}');
      return;
    }
    insert.run(id, body, new Date().toISOString());
    res.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
  });
});
server.listen(Number(process.env.PORT ?? 3114));
process.on("SIGTERM", () => server.close(() => (db.close(), process.exit(0))));
