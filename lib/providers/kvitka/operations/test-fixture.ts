import type { PrismaClient } from "@prisma/client";
import { expect } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { createKvitkaClient } from "../client";
import { createKvitkaRateLimiter } from "../rate-limiter";
import type { Who } from "./send-step";

/*
 * Tests of the operations: the real client over the in-process sandbox (faults included), its own
 * limiter per test, a short timeout so a lost answer turns into UNKNOWN quickly, and every
 * request recorded so a test can prove a step was sent exactly once.
 */

export const SANDBOX_URL = "http://localhost:3000/sandbox/kvitka";

export function kvitkaHarness() {
  const sent: { path: string; body: Record<string, unknown> }[] = [];
  const recording: FetchFn = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ path: new URL(request.url).pathname.replace("/sandbox/kvitka", ""), body: JSON.parse(await request.clone().text()) });
    return sandboxFetch(request);
  };
  const client = createKvitkaClient({
    baseUrl: SANDBOX_URL,
    apiToken: "kvitka_sandbox_token",
    limiter: createKvitkaRateLimiter(),
    timeoutMs: 300,
  }, recording);
  const who: Who = { staff: { id: "staff-1", email: "op@example.com", role: "OPERATOR" }, context: { ip: "198.51.100.7", userAgent: "kvitka-test" }, client };
  return { client, who, sent, count: (path: string) => sent.filter((s) => s.path === path).length };
}

export async function resetKvitka(db: PrismaClient) {
  await db.kvitkaOperation.deleteMany();
  await db.auditEvent.deleteMany();
  clearFaults("kvitka");
  resetSandbox("kvitka");
}

/** The partner business withdraws and confirms: a code this business may deposit. */
export async function mintPartnerCode(amountKc = "176.32"): Promise<{ operation_id: number; transaction_code: string }> {
  const res = await sandboxFor("kvitka")!.control!("mint-partner-code", { amount_kc: amountKc });
  expect(res.status).toBe(200);
  return res.json();
}

/** KvitkaCard's own view of an operation (the sandbox's control surface). */
export async function sandboxOperation(operationId: number) {
  const res = await sandboxFor("kvitka")!.control!("operations", {});
  const { operations } = (await res.json()) as { operations: { operation_id: number; status: string; transaction_code: string | null; depositor: string | null }[] };
  return operations.find((o) => o.operation_id === operationId);
}

/** Every text column of every audit row, for proving a code never reached them. */
export async function allAuditText(db: PrismaClient): Promise<string> {
  const rows = await db.auditEvent.findMany();
  return rows.map((r) => JSON.stringify(r)).join("\n");
}
