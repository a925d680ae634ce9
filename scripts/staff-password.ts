/**
 * `npm run staff:password -- --email a@b.c [--password …]`
 * Sets a staff account's password and ends its open sessions (lib/staff/set-password.ts). Without
 * --password, STAFF_PASSWORD is read; without either, a strong password is generated and printed
 * once. Exits 1 when no account has the email or the password is too short, 2 on bad usage.
 */
import { parseArgs } from "node:util";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { setStaffPassword } from "@/lib/staff/set-password";

const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" } } });
if (!values.email) {
  console.error("usage: npm run staff:password -- --email EMAIL [--password P]");
  process.exit(2);
}
try {
  const result = await setStaffPassword(values.email, values.password ?? process.env.STAFF_PASSWORD, SYSTEM_ACTOR);
  console.log(`Password set for ${result.email}; its open sessions have ended.`);
  if (result.generatedPassword) console.log(`Generated password (shown once): ${result.generatedPassword}`);
} catch (error) {
  if (!(error instanceof OperationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
