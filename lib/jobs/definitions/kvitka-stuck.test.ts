import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { depositInit } from "@/lib/providers/kvitka/operations/deposit";
import { stepStaleAfterMs } from "@/lib/providers/kvitka/operations/operation-record";
import { mintPartnerCode, received } from "@/lib/providers/kvitka/testing/operations-harness";
import { executeJob } from "../run-job";
import { OPERATOR, setUpJobsTest } from "../testing/harness";
import { kvitkaStuckJob } from "./kvitka-stuck";

const test = setUpJobsTest();

describe("kvitka-stuck", () => {
  it("learns the state of a deposit whose confirmation was interrupted, and counts what waits for a person", async () => {
    const { transaction_code } = await mintPartnerCode();
    const deposit = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    const longAgo = new Date(Date.now() - stepStaleAfterMs() - 60_000);
    // The console stopped right after recording that it was sending the confirmation (it never left).
    await test.db.kvitkaOperation.update({ where: { id: deposit.id }, data: { pendingStep: "deposit_confirm", pendingStepAt: longAgo } });
    await test.db.kvitkaOperation.create({
      data: { direction: "WITHDRAW", status: "initiated", providerOperationId: 9, pendingStep: "withdraw_confirm", pendingStepAt: longAgo, createdAt: longAgo },
    });

    const outcome = await executeJob(kvitkaStuckJob, { trigger: "SCHEDULE" });

    expect(outcome).toMatchObject({
      ran: true,
      run: {
        changed: 1,
        summary: "Interrupted deposits: 1 of 1 settled; Interrupted withdrawal confirmations: 1, only KvitkaCard's staff can say (resolve them on the operation)",
      },
    });
    expect(await test.db.kvitkaOperation.findUniqueOrThrow({ where: { id: deposit.id } })).toMatchObject({ status: "pending_deposit", pendingStep: null });
    expect(await received("/deposit/confirm.php")).toBe(0);
    expect(await kvitkaStuckJob.run({ actor: SYSTEM_ACTOR, now: new Date() })).toMatchObject({ changed: 0 });
  });
});
