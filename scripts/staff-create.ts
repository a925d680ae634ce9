import { parseArgs } from "node:util";
import { z } from "zod";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleSchema } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/**
 * `npm run staff:create -- --email a@b.c --name "A B" --role ADMIN [--password …]`
 * Creates a real (non-demo) staff account. Without --password, STAFF_PASSWORD is read; without
 * either, a strong password is generated and printed once.
 */
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
});
const input = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    name: z.string().trim().min(1),
    role: roleSchema,
    password: z.string().min(MIN_PASSWORD_LENGTH).optional(),
  })
  .safeParse({ ...values, password: values.password ?? process.env.STAFF_PASSWORD });

if (!input.success) {
  console.error("usage: npm run staff:create -- --email EMAIL --name NAME --role ADMIN|OPERATOR|SUPPORT|VIEWER [--password P]");
  for (const issue of input.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const password = input.data.password ?? crypto.randomUUID();
const existing = await db.staffUser.findUnique({ where: { email: input.data.email } });
if (existing) {
  console.error(`A staff account for ${input.data.email} already exists.`);
  process.exit(1);
}
const user = await db.staffUser.create({
  data: { email: input.data.email, name: input.data.name, role: input.data.role, passwordHash: await hashPassword(password) },
});
await recordAudit({ actor: SYSTEM_ACTOR, action: "staff.user.create", target: user.email, outcome: "SUCCEEDED", request: { role: user.role, via: "cli" } });
console.log(`Created ${user.role} ${user.email}.`);
if (!input.data.password) console.log(`Generated password (shown once): ${password}`);
await db.$disconnect();
