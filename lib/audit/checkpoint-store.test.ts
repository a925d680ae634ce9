import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCheckpointFile } from "./checkpoint-store";

describe("the default checkpoint file", () => {
  it("sits beside a SQLite database", () => {
    expect(defaultCheckpointFile("file:./.data/console.db")).toBe("./.data/console.db.audit-checkpoints");
  });

  it("is one file per PostgreSQL database, so two databases never anchor each other's chain", () => {
    const a = defaultCheckpointFile("postgresql://postgres@127.0.0.1:5432/console_a");
    const b = defaultCheckpointFile("postgresql://postgres@127.0.0.1:5432/console_b");
    const elsewhere = defaultCheckpointFile("postgresql://postgres@db.internal/console_a");
    expect(a).toBe(path.join(".data", "audit-checkpoints-127.0.0.1_5432-console_a"));
    expect(new Set([a, b, elsewhere]).size).toBe(3);
    expect(defaultCheckpointFile("postgresql://u:secret@host/x%2F..%2Fy")).not.toContain("secret");
    expect(path.dirname(defaultCheckpointFile("postgresql://u@host/x%2F..%2Fy"))).toBe(".data");
  });
});
