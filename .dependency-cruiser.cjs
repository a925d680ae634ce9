/**
 * The structure rules `npm test` enforces (gate "structure"). See docs/architecture.md ›
 * "The provider contract".
 * @type {import("dependency-cruiser").IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles hide layering mistakes (and broke the registry once): none are allowed.",
      from: {},
      to: { circular: true },
    },
    {
      name: "provider-not-to-other-provider",
      severity: "error",
      comment: "A provider folder is self-contained: shared code lives in lib/providers/*.ts or lib/*.",
      from: { path: "^lib/providers/([^/]+)/" },
      to: { path: "^lib/providers/[^/]+/", pathNot: "^lib/providers/$1/" },
    },
    {
      name: "lib-not-to-app",
      severity: "error",
      comment: "lib/ is the domain; app/ is the UI on top of it.",
      from: { path: "^lib/" },
      to: { path: "^app/" },
    },
    {
      name: "sandbox-is-a-stand-in",
      severity: "error",
      comment: "A simulator is written from the provider's documentation: it never reaches the registry or our operations.",
      from: { path: "^lib/providers/[^/]+/sandbox/" },
      to: { path: ["^lib/providers/registry\\.ts$", "^lib/providers/[^/]+/operations/", "^lib/operations/"] },
    },
    {
      name: "components-not-to-app",
      severity: "error",
      comment: "Shared components do not depend on pages.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^node_modules", "^\\.next", "^\\.data"] },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
