import { describe, expect, it } from "vitest";
import { malformedPath } from "./path-encoding";
import { malformedServerActionBody } from "./server-action-body";

const textAction = (body: string) =>
  new Request("http://localhost:3000/audit", { method: "POST", body, headers: { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" } });

function multipartAction(fields: Record<string, string | Blob>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request("http://localhost:3000/login", { method: "POST", body: form, headers: { "next-action": "7f00" } });
}

describe("finding 10: 500s for malformed input (server-action bodies)", () => {
  it.each([
    ["not JSON", "not json"],
    ["truncated JSON", "["],
    ["an empty body", ""],
    ["a root that is not a list of arguments", '{"a":1}'],
    ["a reference to a missing part", '["$Q1"]'],
    ["a server reference", '["$h1"]'],
    ["a stream", '["$R1"]'],
    ["an unknown reference kind", '["$Zz"]'],
    ["a malformed bigint", '["$nabc"]'],
    ["an outlined model that is not there", '[{"a":"$1:b"}]'],
  ])("refuses %s in a text/plain body", async (_label, body) => {
    expect(await malformedServerActionBody(textAction(body))).toEqual(expect.any(String));
  });

  it("accepts what React's encodeReply sends as text", async () => {
    for (const body of ["[]", '[{}]', '[{"userId":"u1","role":"VIEWER"}]', '["$$dollars","$undefined","$D2024-01-01T00:00:00.000Z","$n12","$NaN","$-0","$K1","$T"]']) {
      expect(await malformedServerActionBody(textAction(body)), body).toBeNull();
    }
  });

  it("refuses a multipart body that does not parse, lacks its arguments row or refers to missing parts", async () => {
    const garbage = new Request("http://localhost:3000/login", { method: "POST", body: "garbage", headers: { "next-action": "7f00", "content-type": "multipart/form-data; boundary=x" } });
    expect(await malformedServerActionBody(garbage)).toBe("The multipart body does not parse.");
    expect(await malformedServerActionBody(multipartAction({ "1": "[]" }))).toBe("The body has no arguments row.");
    expect(await malformedServerActionBody(multipartAction({ "0": '["$@1"]' }))).toBe("The body refers to a missing part 1.");
    expect(await malformedServerActionBody(multipartAction({ "0": '["$Q1"]', "1": "{oops" }))).toBe("Row 1 of the body is not JSON.");
    expect(await malformedServerActionBody(multipartAction({ "0": '["$B1"]', "1": "not a file" }))).toBe("The body refers to a missing file part 1.");
  });

  it("accepts a multipart body as a form action sends it (form data, files, nested rows)", async () => {
    expect(await malformedServerActionBody(multipartAction({ "0": '["$K1"]', "1_email": "a@b.test", "1_password": "x" }))).toBeNull();
    expect(await malformedServerActionBody(multipartAction({ "0": '[{"file":"$B1"},"$Q2"]', "1": new Blob(["a,b"]), "2": '[["k","v"]]' }))).toBeNull();
  });

  it("leaves the request body readable for Next", async () => {
    const request = textAction('["$Q1"]');
    await malformedServerActionBody(request);
    expect(await request.text()).toBe('["$Q1"]');
  });
});

describe("finding 10: 500s for malformed input (URL paths)", () => {
  it("refuses invalid percent-encoding and control characters, accepts ordinary paths", () => {
    expect(malformedPath("/api/kvitka/operations/%00%ff")).toMatch(/percent-encoding/);
    expect(malformedPath("/api/kvitka/operations/%00")).toMatch(/control character/);
    expect(malformedPath("/login/%0A")).toMatch(/control character/);
    expect(malformedPath("/api/kvitka/operations/clx1y2z3")).toBeNull();
    expect(malformedPath("/gift-cards/orders/%E2%9C%93")).toBeNull();
  });
});
