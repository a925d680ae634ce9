import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

/**
 * Seeds the four demo accounts (idempotent: an existing account keeps its password and state).
 * They can sign in only while every provider is in sandbox mode (lib/auth/demo-accounts.ts).
 */
async function main() {
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.staffUser.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.staffUser.create({
      data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD), isDemo: true },
    });
    console.log(`seeded demo account ${account.email} (${account.role})`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
