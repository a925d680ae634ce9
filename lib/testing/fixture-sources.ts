import { kardFixtureSources } from "@/lib/providers/kard/testing/fixture-sources";
import { ktnFixtureSources } from "@/lib/providers/ktn/testing/fixture-sources";
import { kazawalletFixtureSources } from "@/lib/providers/kazawallet/testing/fixture-sources";
import { kvitkaFixtureSources } from "@/lib/providers/kvitka/testing/fixture-sources";
import { openLoyaltyFixtureSources } from "@/lib/providers/open-loyalty/testing/fixture-sources";
import type { FixtureSource } from "./fixtures";

/**
 * Every fixture extracted from the shared documentation, for `npm run fixtures`. Each provider
 * lists its own in `lib/providers/<provider>/testing/fixture-sources.ts` and adds them here.
 */
export const FIXTURE_SOURCES: FixtureSource[] = [
  ...kardFixtureSources,
  ...ktnFixtureSources,
  ...kvitkaFixtureSources,
  ...kazawalletFixtureSources,
  ...openLoyaltyFixtureSources,
];
