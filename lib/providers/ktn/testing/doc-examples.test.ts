import { describe, expect, it } from "vitest";
import { curlBodies, jsonExamples } from "./doc-examples";

// The documentation's layout in small: a heading line, then "json" and the example(s) below it.
const DOC = [
  "Intro",
  "Get Thing",
  "curl -X POST \\",
  `  -d '{"productId": 1, "senderName": "A"}'`,
  "json",
  "// the answer",
  '{ "status": 200, "message": "ok // not a comment", "data": { "a": 1 } }',
  "// an error, same block",
  '[1, "]", 2]',
  "Response Object",
  "json",
  '{ "status": 200, "data": { ... } }',
  "Not A Known Heading",
  "json",
  '{ "b": 2 }',
].join("\n");

describe("jsonExamples", () => {
  const examples = jsonExamples(DOC, ["Get Thing", "Response Object"]);

  it("reads every value of every json block, under the nearest known heading above it, with its line", () => {
    expect(examples).toEqual([
      { section: "Get Thing", line: 7, value: { status: 200, message: "ok // not a comment", data: { a: 1 } } },
      { section: "Get Thing", line: 9, value: [1, "]", 2] },
      { section: "Response Object", line: 12, value: { status: 200, data: {} } },
      { section: "Response Object", line: 15, value: { b: 2 } },
    ]);
  });

  it("refuses an example that never closes", () => {
    expect(() => jsonExamples("json\n{ \"a\": [1, 2", [])).toThrow(/unterminated/);
  });
});

describe("curlBodies", () => {
  it("reads each -d body as JSON", () => {
    expect(curlBodies(DOC)).toEqual([{ productId: 1, senderName: "A" }]);
  });
});
