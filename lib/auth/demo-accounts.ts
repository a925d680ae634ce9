import { allProvidersInSandbox } from "@/lib/providers/registry";
import type { Role } from "./roles";

/** Issue contract: one demo account per role, password `demo-password`. */
export const DEMO_PASSWORD = "demo-password";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@demo.test", name: "Demo Admin", role: "ADMIN" },
  { email: "operator@demo.test", name: "Demo Operator", role: "OPERATOR" },
  { email: "support@demo.test", name: "Demo Support", role: "SUPPORT" },
  { email: "viewer@demo.test", name: "Demo Viewer", role: "VIEWER" },
];

/** Demo accounts work only while every provider is in sandbox mode and DEMO_ACCOUNTS is not off. */
export function demoAccountsEnabled(): boolean {
  return process.env.DEMO_ACCOUNTS !== "off" && allProvidersInSandbox();
}
