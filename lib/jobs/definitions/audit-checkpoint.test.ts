import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { fileCheckpointStore } from "@/lib/audit/checkpoint-store";
import { configureAuditCheckpoints } from "@/lib/audit/checkpointing";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { setUpJobsTest } from "../testing/harness";
import { auditCheckpointJob } from "./audit-checkpoint";

const test = setUpJobsTest();
const dir = mkdtempSync(path.join(tmpdir(), "jobs-checkpoints-"));
afterAll(() => {
  configureAuditCheckpoints();
  rmSync(dir, { recursive: true, force: true });
});

const run = () => auditCheckpointJob.run({ actor: SYSTEM_ACTOR, now: new Date() });

describe("audit-checkpoint", () => {
  it("does nothing while checkpoints are off", async () => {
    expect(await run()).toEqual({ changed: 0, summary: "Checkpoints are off (AUDIT_CHECKPOINTS=off)." });
  });

  it("anchors rows another process appended (this one has nothing pending), once, and the chain verifies against it", async () => {
    const file = path.join(dir, "a.audit-checkpoints");
    vi.stubEnv("AUDIT_CHECKPOINTS", file);
    // The rows are written with this process's own checkpoints off: as if another instance wrote them.
    configureAuditCheckpoints({ store: null });
    await recordAudit({ actor: SYSTEM_ACTOR, action: "sandbox.control.reset", outcome: "SUCCEEDED" });
    const head = await recordAudit({ actor: SYSTEM_ACTOR, action: "sandbox.control.reset", outcome: "SUCCEEDED" });

    expect(await run()).toEqual({ changed: 1, summary: `Anchored the chain at row ${head.seq} in ${file}.` });
    expect(await run()).toEqual({ changed: 0, summary: `The chain's head (row ${head.seq}) was already anchored.` });

    const store = fileCheckpointStore(file);
    expect(await store.lines()).toHaveLength(1);
    const verified = await verifyAuditChain(test.db, { checkpoints: store });
    expect(verified).toMatchObject({ ok: true, anchor: { checkpoints: 1, lastSeq: head.seq, unanchored: 0 } });
  });
});
