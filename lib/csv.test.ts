import Papa from "papaparse";
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { csvAttachment, csvChunks, toCsv } from "./csv";

const parse = (csv: string) => Papa.parse<string[]>(csv).data;

async function* batches(...sets: unknown[][][]) {
  for (const rows of sets) yield rows;
}

describe("finding 8: CSV formula injection (the one CSV writer)", () => {
  it.each([
    ['=HYPERLINK("http://evil.example/x","click")'],
    ["+SUM(A1:A2)"],
    ["-2+3"],
    ["@SUM(A1)"],
    ["\t=1+1"],
    ["\r=1+1"],
    ["=cmd|' /C calc'!A0"],
  ])("prefixes %j with a quote so a spreadsheet reads it as text", (cell) => {
    const [[header], [value]] = parse(toCsv([[cell]], { fields: ["senderName"] }));
    expect(header).toBe("senderName");
    expect(value).toBe(`'${cell}`);
  });

  it("leaves plain signed numbers and ordinary text alone", () => {
    expect(parse(toCsv([["-12.50", "+3", "12", "Ada = Lovelace", "a,b \"c\""]]))).toEqual([["-12.50", "+3", "12", "Ada = Lovelace", 'a,b "c"']]);
  });

  it("writes dates as ISO-8601, decimals as their text, objects as JSON and null as empty", () => {
    const row = [new Date("2025-01-02T03:04:05Z"), new Prisma.Decimal("25.10"), { a: 1 }, ["gift"], null, undefined, 7n, true];
    expect(parse(toCsv([row]))).toEqual([["2025-01-02T03:04:05.000Z", "25.1", '{"a":1}', '["gift"]', "", "", "7", "true"]]);
  });

  it("streams in chunks that join to the unstreamed CSV", async () => {
    const rows = [["1", "=x"], ["2", "y"], ["3", "z"]];
    let streamed = "";
    for await (const chunk of csvChunks(["id", "v"], batches(rows.slice(0, 2), [], rows.slice(2)))) streamed += chunk;
    expect(streamed).toBe(toCsv(rows, { fields: ["id", "v"] }));
    expect(streamed.split("\r\n")).toEqual(["id,v", "1,\"'=x\"", "2,y", "3,z"]);
  });

  it("serves a streamed attachment with a header-safe file name", async () => {
    const response = csvAttachment(csvChunks(["a"], batches([["=1"]])), 'orders"\r\n.csv');
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="orders___.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("a\r\n\"'=1\"");
  });
});
