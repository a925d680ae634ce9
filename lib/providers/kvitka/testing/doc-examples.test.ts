import { describe, expect, it } from "vitest";
import { kvitkaDocExamples } from "./doc-examples";

const DOC = [
  "POST https://www.kvitkacard.com/api/v1/withdraw/init.php",
  "POST https://www.kvitkacard.com/api/v1/withdraw/confirm.php",
  "Response example:",
  "{",
  '  "success": true,',
  '  "status": "holding"',
  "}",
  "POST https://www.kvitkacard.com/api/v1/deposit/init.php",
  "{",
  '  "success": true',
  "}",
].join("\n");

describe("kvitkaDocExamples", () => {
  it("files each example under the last endpoint named above it", () => {
    expect(kvitkaDocExamples(DOC)).toEqual([
      { path: "/withdraw/confirm.php", value: { success: true, status: "holding" } },
      { path: "/deposit/init.php", value: { success: true } },
    ]);
  });

  it("refuses an example that never closes", () => {
    expect(() => kvitkaDocExamples("POST https://www.kvitkacard.com/api/v1/x\n{\n  \"a\": 1")).toThrow(/unterminated/);
  });
});
