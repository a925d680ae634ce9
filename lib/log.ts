import pino from "pino";

/** Paths that never reach a log line, whatever logs them. */
export const REDACTED_LOG_PATHS = [
  "*.authorization",
  "*.Authorization",
  "*.api_token",
  "*.apiKey",
  "*.password",
  "*.passwordHash",
  "*.client_secret",
  "*.transaction_code",
  "*.code",
  "*.pin",
  "*.cardNumber",
  "headers.authorization",
  "headers.cookie",
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: { paths: REDACTED_LOG_PATHS, censor: "[redacted]" },
  base: { app: "merchant-console" },
});
