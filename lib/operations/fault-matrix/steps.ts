import { KARD_ROWS } from "./kard-steps";
import { KAZAWALLET_ROWS } from "./kazawallet-steps";
import { KTN_ROWS } from "./ktn-steps";
import { KVITKA_ROWS } from "./kvitka-steps";
import { OPEN_LOYALTY_ROWS } from "./open-loyalty-steps";
import type { ProviderRows } from "./step";

/** Every money-moving step of every provider: one row of the fault matrix each. A new provider adds its `<slug>-steps.ts` entry here. */
export const MATRIX_ROWS: ProviderRows[] = [KTN_ROWS, KARD_ROWS, KVITKA_ROWS, KAZAWALLET_ROWS, OPEN_LOYALTY_ROWS];
