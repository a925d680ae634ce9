import { describe, expect, it } from "vitest";
import { webhookUrlSchema } from "@/lib/providers/kard/operations/subscriptions";
import { changeSubscriptionUrlSchema } from "./subscriptions.validation";

const URLS = [
  "https://console.example.com/api/webhooks/kard",
  "http://localhost:3000/api/webhooks/kard",
  "http://127.0.0.1:3113/api/webhooks/kard",
  "http://[::1]/api/webhooks/kard",
  "http://audits.example/kard",
  "ftp://files.example/kard",
  "console.example.com/api/webhooks/kard",
  "",
];

describe("the forms' webhook URL rule", () => {
  it.each(URLS)("agrees with the operation's own check on %j, with the same message", (url) => {
    const form = changeSubscriptionUrlSchema.shape.webhookUrl.safeParse(url);
    const operation = webhookUrlSchema.safeParse(url);
    expect(form.success).toBe(operation.success);
    expect(form.error?.issues.map((issue) => issue.message)).toEqual(operation.error?.issues.map((issue) => issue.message));
  });

  it("trims what was typed before checking it", () => {
    expect(changeSubscriptionUrlSchema.parse({ subscriptionId: "sub-1", webhookUrl: "  https://console.example.com/hook " }).webhookUrl).toBe("https://console.example.com/hook");
  });
});
