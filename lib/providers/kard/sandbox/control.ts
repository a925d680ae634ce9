import { z } from "zod";
import { mintAccessToken } from "./access-token";
import { KARD_SANDBOX } from "./config";
import { json } from "./json-api";
import { auditUpdate } from "./notification-payloads";
import type { Notifier } from "./notifications";
import { generateDailyFiles, generateMonthlyFile, utcDayStart } from "./reconciliation";
import type { NotificationRecord, SandboxState } from "./state";

/**
 * The sandbox's control surface (`POST /sandbox/_control/kard/<action>`), for tests, demos and
 * the console's sandbox tools. None of this exists on the real API.
 *   state            dump of the whole state
 *   notifications    notifications with their delivery status ({type?} filters), after
 *                    waiting for deliveries in flight
 *   deliver-pending  re-deliver every notification not yet delivered
 *   mint-token       an access token for any organization / lifetime / issue time
 *                    ({organizationId?, expiresInSeconds?, issuedAt?}) to test rejections
 *   resolve-audit    move an audit on ({auditId, status, resolutionCode?, resolutionDescription?})
 *                    and send its auditUpdate
 *   generate-files   (re)generate the daily files of a day ({date?: YYYY-MM-DD}, default today)
 *                    and/or the monthly file of a month ({month?: YYYY-MM}) now
 *   advance-clock    move the sandbox clock ({seconds}); tokens and files follow it
 *   clear-subscriptions  drop every subscription, as a new issuer at Kard has none (the seeded
 *                    start subscribes every event type to the console)
 *   reset            back to the seeded start
 */
export interface ControlDeps {
  state: () => SandboxState;
  notifier: () => Notifier;
  now: () => Date;
  advanceClock: (ms: number) => void;
  reset: () => void;
}

const schemas = {
  notifications: z.object({ type: z.string().optional() }),
  "mint-token": z.object({
    organizationId: z.string().min(1).optional(),
    expiresInSeconds: z.number().int().optional(),
    issuedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  "resolve-audit": z.object({
    auditId: z.string().min(1),
    status: z.enum(["NEW", "IN_PROGRESS", "CLOSED"]),
    resolutionCode: z.number().int().optional(),
    resolutionDescription: z.string().optional(),
  }),
  "generate-files": z.object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    month: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  }),
  "advance-clock": z.object({ seconds: z.number() }),
};

function parse<K extends keyof typeof schemas>(action: K, body: unknown): z.infer<(typeof schemas)[K]> | Response {
  const result = schemas[action].safeParse(body ?? {});
  if (!result.success) return json(400, { error: "invalid control body", issues: result.error.issues });
  return result.data as z.infer<(typeof schemas)[K]>;
}

function describe(record: NotificationRecord) {
  return {
    id: record.id,
    type: record.type,
    userId: record.userId,
    createdAt: record.createdAt.toISOString(),
    status: record.status,
    deliveries: record.deliveries,
    signature: record.signature,
    body: record.body,
    payload: JSON.parse(record.body) as unknown,
  };
}

function dump(state: SandboxState) {
  const list = <T>(map: Map<string, T>) => [...map.values()];
  return {
    createdAt: state.createdAt,
    users: list(state.users),
    offers: state.catalog.offers.map((o) => ({ id: o.id, merchant: o.merchant.name, category: o.category, audience: o.audience ?? null, action: o.action })),
    visits: state.visits,
    events: list(state.events),
    transactions: list(state.transactions),
    rewards: state.rewards,
    activations: Object.fromEntries(state.activations),
    attributions: state.attributions,
    subscriptions: list(state.subscriptions),
    notifications: state.notifications.map(describe),
    audits: list(state.audits),
    files: list(state.files).map(({ content, ...file }) => ({ ...file, bytes: content.length })),
    uploads: list(state.uploads),
    bulkUploads: list(state.bulkUploads),
    jobs: state.jobs,
  };
}

export async function runControl(deps: ControlDeps, action: string, body: unknown): Promise<Response> {
  const state = deps.state();
  switch (action) {
    case "state":
      await deps.notifier().settle();
      return json(200, dump(state));
    case "notifications": {
      const input = parse(action, body);
      if (input instanceof Response) return input;
      await deps.notifier().settle();
      return json(200, { data: state.notifications.filter((n) => !input.type || n.type === input.type).map(describe) });
    }
    case "deliver-pending": {
      const attempted = await deps.notifier().deliverPending();
      return json(200, { data: attempted.map(describe) });
    }
    case "mint-token": {
      const input = parse(action, body);
      if (input instanceof Response) return input;
      const { token, expiresIn } = await mintAccessToken({
        clientId: KARD_SANDBOX.clientId,
        organizationId: input.organizationId ?? KARD_SANDBOX.organizationId,
        issuedAt: input.issuedAt ? new Date(input.issuedAt) : deps.now(),
        expiresInSeconds: input.expiresInSeconds,
      });
      return json(200, { access_token: token, token_type: "Bearer", expires_in: expiresIn });
    }
    case "resolve-audit": {
      const input = parse(action, body);
      if (input instanceof Response) return input;
      const audit = state.audits.get(input.auditId);
      if (!audit) return json(404, { error: `unknown audit ${input.auditId}` });
      audit.status = input.status;
      if (input.resolutionCode !== undefined) audit.resolutionCode = input.resolutionCode;
      if (input.resolutionDescription !== undefined) audit.resolutionDescription = input.resolutionDescription;
      if (input.status === "CLOSED") audit.resolutionTimeStamp = deps.now();
      const notification = deps.notifier().emit(auditUpdate(audit), audit.userId);
      return json(200, { audit, notificationId: notification.id });
    }
    case "generate-files": {
      const input = parse(action, body);
      if (input instanceof Response) return input;
      const now = deps.now();
      const files = [];
      if (input.date || !input.month) {
        const day = input.date ? Date.parse(`${input.date}T00:00:00Z`) : utcDayStart(now);
        files.push(...generateDailyFiles(state, KARD_SANDBOX.organizationId, day, now));
      }
      if (input.month) {
        const [year, month] = input.month.split("-").map(Number);
        files.push(generateMonthlyFile(state, year, month - 1, now));
      }
      return json(200, { data: files.map(({ content, ...file }) => ({ ...file, bytes: content.length })) });
    }
    case "advance-clock": {
      const input = parse(action, body);
      if (input instanceof Response) return input;
      deps.advanceClock(input.seconds * 1000);
      return json(200, { now: deps.now().toISOString() });
    }
    case "clear-subscriptions": {
      const cleared = state.subscriptions.size;
      state.subscriptions.clear();
      return json(200, { cleared });
    }
    case "reset":
      deps.reset();
      return json(200, { ok: true });
    default:
      return json(404, { error: `unknown control action '${action}'` });
  }
}
