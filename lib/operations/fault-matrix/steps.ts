import { KARD_STEPS } from "./kard-steps";
import { KAZAWALLET_STEPS } from "./kazawallet-steps";
import { KTN_STEPS } from "./ktn-steps";
import { KVITKA_STEPS } from "./kvitka-steps";
import type { MoneyStep } from "./step";

/** Every money-moving step of every provider: one row of the fault matrix each. A new provider adds its `<slug>-steps.ts` here. */
export const MONEY_STEPS: MoneyStep[] = [...KTN_STEPS, ...KARD_STEPS, ...KVITKA_STEPS, ...KAZAWALLET_STEPS];
