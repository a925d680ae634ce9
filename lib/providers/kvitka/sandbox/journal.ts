import type { SandboxBusiness } from "./businesses";

/** One request that reached an endpoint with a JSON body, as the simulated KvitkaCard received it. */
export interface JournalEntry {
  at: string;
  path: string;
  /** The business its `api_token` names; null for a token no business holds. The token itself is never kept. */
  business: SandboxBusiness["key"] | null;
  /** The body's parameters besides `api_token`, as sent. */
  params: Record<string, unknown>;
}

/** The journal keeps the latest entries only, so a long-running sandbox does not grow without bound. */
const JOURNAL_CAP = 500;

/**
 * What the simulator received, newest last (control action `requests`): lets a test or an
 * operator see exactly which steps reached KvitkaCard — e.g. that a lost confirmation was sent
 * once. Requests a fault kept from arriving (a timeout) never reach it, as with the real service.
 */
export function createJournal(now: () => number) {
  let entries: JournalEntry[] = [];
  return {
    record(path: string, business: SandboxBusiness | undefined, body: Record<string, unknown>): void {
      const params = Object.fromEntries(Object.entries(body).filter(([key]) => key !== "api_token"));
      entries.push({ at: new Date(now()).toISOString(), path, business: business?.key ?? null, params });
      if (entries.length > JOURNAL_CAP) entries = entries.slice(-JOURNAL_CAP);
    },
    list(): JournalEntry[] {
      return [...entries];
    },
    clear(): void {
      entries = [];
    },
    /** Replaces the entries (a restored sandbox's journal). */
    restore(saved: JournalEntry[]): void {
      entries = saved.slice(-JOURNAL_CAP);
    },
  };
}
