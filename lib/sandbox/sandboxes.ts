import { createKardSandbox } from "@/lib/providers/kard/sandbox";
import { type ProviderSlug } from "@/lib/providers/slugs";
import { createKtnSandbox } from "@/lib/providers/ktn/sandbox";
import { createKvitkaSandbox } from "@/lib/providers/kvitka/sandbox";
import { createKazawalletSandbox } from "@/lib/providers/kazawallet/sandbox";
import { createOpenLoyaltySandbox } from "@/lib/providers/open-loyalty/sandbox";
import type { Sandbox } from "./types";

/** A duration from the environment in ms; undefined (the simulator's default) when unset or bad. */
function envMs(name: string): number | undefined {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Each provider's simulator factory. A provider appears here once its simulator exists. */
export const sandboxes: Partial<Record<ProviderSlug, () => Sandbox>> = {
  kard: createKardSandbox,
  ktn: () => createKtnSandbox({ fulfilmentDelayMs: envMs("KTN_FULFILMENT_DELAY_MS") }),
  kvitka: createKvitkaSandbox,
  kazawallet: createKazawalletSandbox,
  "open-loyalty": createOpenLoyaltySandbox,
};
