import type { NextConfig } from "next";

/**
 * Headers on every answer (issue 11, finding 9). Console pages also get a nonce-based
 * Content-Security-Policy, and every answer HSTS behind a trusted HTTPS proxy (proxy.ts).
 */
const everywhere = [{ key: "X-Content-Type-Options", value: "nosniff" }];
const consoleOnly = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // `npm run bench` builds with NEXT_BENCH_ROUTES=1 (into its own distDir) so that `route.bench.ts`
  // files (bench-only routes, e.g. the bare handler the webhook route is compared with) are
  // routes; every other build leaves them out.
  ...(process.env.NEXT_BENCH_ROUTES === "1" ? { pageExtensions: ["tsx", "ts", "jsx", "js", "bench.ts"] } : {}),
  // A second checkout-local build (e.g. a test run beside a running console) can use its own directory.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Types are checked once, by `tsc --noEmit` in `npm test` (and `npm run typecheck`), over the
  // whole tree including tests; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native and Node-only packages stay out of the server bundles.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pg-boss", "@prisma/adapter-pg", "@prisma-postgres/client", "@node-rs/argon2", "pino", "ioredis"],
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      // The sandbox sets its own framing policy (the Kard WebView is made to be embedded) and referrer policy.
      { source: "/((?!sandbox/).*)", headers: consoleOnly },
    ];
  },
};

export default nextConfig;
