import { requireUser, type SandboxContext } from "../context";
import { newUuid } from "../ids";
import { json } from "../json-api";
import { mintWebviewToken } from "../webview-token";

/**
 * POST …/users/{userId}/webview-token (the sandbox's design for the missing "Get WebView Token"
 * page): 200 `{data:{type:"webviewToken", id, attributes:{token, expiresIn}}}`, 404 for an
 * unknown user, 401 like every other operation.
 */
export async function createWebviewToken(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  const { token, expiresIn } = await mintWebviewToken({ userId: user.id, organizationId: ctx.params.organizationId, issuedAt: ctx.now });
  return json(200, { data: { type: "webviewToken", id: newUuid(), attributes: { token, expiresIn } } });
}
