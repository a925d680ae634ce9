import { auditChainKey } from "@/lib/audit/chain-key";
import { readCheckpoint, signCheckpoint } from "@/lib/audit/checkpoint";
import { configuredCheckpointStore, type CheckpointStore } from "@/lib/audit/checkpoint-store";
import { flushAuditCheckpoint } from "@/lib/audit/checkpointing";
import { db } from "@/lib/db";
import { defineJob } from "../define-job";

/** The seq of the newest checkpoint in `store` that verifies (0 when none). */
async function anchoredSeq(store: CheckpointStore, key: Buffer): Promise<number> {
  const lines = await store.lines();
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const checkpoint = readCheckpoint(lines[i], key);
    if (checkpoint) return checkpoint.seq;
  }
  return 0;
}

/**
 * Audit checkpoints: first this process's pending checkpoint (flushAuditCheckpoint), then, when
 * the newest checkpoint in the store is still behind the chain's head in the database — rows
 * appended by another instance, or by a process that stopped before its checkpoint was due — a
 * signed checkpoint of that head (lib/audit/checkpoint.ts), so every committed row is anchored
 * within a minute whichever instance wrote it. `changed`: 1 when the anchored head moved.
 * Nothing to do when checkpoints are off (AUDIT_CHECKPOINTS=off).
 */
export const auditCheckpointJob = defineJob({
  name: "audit-checkpoint",
  title: "Audit checkpoints",
  description: "Signs a checkpoint of the audit chain's newest row into the checkpoint store when it is not anchored yet.",
  schedule: { everyMinutes: 1 },
  async run({ now }) {
    const store = configuredCheckpointStore();
    if (!store) return { changed: 0, summary: "Checkpoints are off (AUDIT_CHECKPOINTS=off)." };
    const key = auditChainKey();
    const before = await anchoredSeq(store, key);
    await flushAuditCheckpoint();
    const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
    if (!head) return { changed: 0, summary: "The audit chain is empty." };
    if ((await anchoredSeq(store, key)) < head.seq) {
      await store.append(signCheckpoint({ seq: head.seq, hash: head.hash, at: now.toISOString() }, key));
    }
    return head.seq > before
      ? { changed: 1, summary: `Anchored the chain at row ${head.seq} in ${store.location}.` }
      : { changed: 0, summary: `The chain's head (row ${head.seq}) was already anchored.` };
  },
});
