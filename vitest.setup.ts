// Unit tests run against the in-process sandboxes; a database test uses its own SQLite file
// (see lib/test/db.ts). No provider is live in tests, whatever the shell has set.
for (const key of Object.keys(process.env)) {
  if (/^(KARD|KTN|KAZAWALLET|KVITKA|OPEN_LOYALTY)_/.test(key)) delete process.env[key];
}
process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0123456789";
