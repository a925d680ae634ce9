// Tests are hermetic: whatever the caller's shell has set, every test starts from the embedded
// defaults (no provider live, the console at http://localhost:3000, no Redis, no extra framing
// origins, default limits). A test that needs a setting sets it itself (and restores it).
const CONSOLE_SETTINGS = [
  "PORT",
  "APP_URL",
  "DATABASE_URL",
  "REDIS_URL",
  "PROVIDER_TIMEOUT_MS",
  "DEMO_ACCOUNTS",
  "TRUSTED_PROXIES",
  "LOG_LEVEL",
  "JOBS",
  "JOB_RUN_RETENTION_DAYS",
  "SANDBOX_ORIGIN",
];
for (const key of Object.keys(process.env)) {
  if (CONSOLE_SETTINGS.includes(key) || /^(KARD|KTN|KAZAWALLET|KVITKA|OPEN_LOYALTY|AUDIT)_/.test(key)) delete process.env[key];
}
process.env.AUTH_SECRET = "test-auth-secret-test-auth-secret-0123456789";
// The audit chain's HMAC key; checkpoints are off unless a test configures them
// (lib/audit/checkpointing.ts), since tests empty the audit table between cases.
process.env.AUDIT_CHAIN_KEY = "test-audit-chain-key-0123456789";
process.env.AUDIT_CHECKPOINTS = "off";
// The simulators keep their state in memory unless a test gives them a directory (lib/sandbox/persistence.ts).
process.env.SANDBOX_STATE_DIR = "off";
