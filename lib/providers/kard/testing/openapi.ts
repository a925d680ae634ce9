import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { OpenAPIBackend } from "openapi-backend";
import { kardOpenApiDocument } from "./documentation";

/**
 * Validates sandbox output against the merged Kard OpenAPI 3.1 document with maintained
 * validators: openapi-backend (response bodies per operation and status) and Ajv's 2020-12
 * dialect (webhook bodies against `notifications.NotificationPayload`).
 * openapi-backend runs in `quick` mode because its definition check only knows OpenAPI 3.0;
 * the document itself is validated as 3.1 upstream (see kard-endpoints.md). The document is the
 * committed fixture testing/fixtures/kard-openapi.yaml.
 */
type OpenApiDocument = {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  webhooks: Record<string, unknown>;
};

export interface KardSpec {
  /** Every REST operationId of the document. */
  operationIds: string[];
  /** The status codes the document lists for an operation. */
  documentedStatuses(operationId: string): string[];
  /** Problems with a response body for (operation, status); empty when it conforms. */
  responseProblems(operationId: string, status: number, body: unknown): string[];
  /** Problems with a webhook request body; empty when it conforms. */
  webhookProblems(body: unknown): string[];
}

let loaded: Promise<KardSpec> | undefined;

async function load(): Promise<KardSpec> {
  const document = kardOpenApiDocument<OpenApiDocument>();
  const api = new OpenAPIBackend({
    definition: structuredClone(document) as never,
    quick: true,
    customizeAjv: (ajv) => {
      addFormats(ajv as never);
      return ajv;
    },
  });
  await api.init();

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...structuredClone(document), $id: "kard-openapi" });
  const webhook = ajv.getSchema("kard-openapi#/components/schemas/notifications.NotificationPayload");
  if (!webhook) throw new Error("notifications.NotificationPayload is missing from the document");

  const statuses = new Map<string, string[]>();
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods)) {
      if (operation.operationId) statuses.set(operation.operationId, Object.keys(operation.responses ?? {}));
    }
  }

  return {
    operationIds: [...statuses.keys()],
    documentedStatuses: (operationId) => statuses.get(operationId) ?? [],
    responseProblems(operationId, status, body) {
      if (!statuses.has(operationId)) return [`unknown operation ${operationId}`];
      if (!statuses.get(operationId)?.includes(String(status))) {
        return [`status ${status} is not documented for ${operationId} (documented: ${statuses.get(operationId)?.join(", ")})`];
      }
      const result = api.validator.validateResponse(body, operationId, status);
      return (result.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
    },
    webhookProblems(body) {
      if (webhook(body)) return [];
      return (webhook.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
    },
  };
}

export function kardSpec(): Promise<KardSpec> {
  loaded ??= load();
  return loaded;
}
