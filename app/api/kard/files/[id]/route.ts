import { staffActor } from "@/lib/audit/actor";
import { fileHintSchema, fileIdSchema } from "@/app/(console)/kard/files/files.validation";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { OperationError } from "@/lib/errors";
import { openFileDownload } from "@/lib/providers/kard/operations/files";
import { isProviderError } from "@/lib/providers/provider-error";
import { contextFromHeaders } from "@/lib/request-context";

const FALLBACK_TYPES: Record<string, string> = { json: "application/json", csv: "text/csv" };

/** An attachment name safe in a header: the file's own name without quotes or control characters. */
function attachmentName(fileName: string): string {
  return fileName.replace(/[^\w.\-]/g, "_") || "kard-file";
}

/**
 * GET /api/kard/files/{id}?type=&sent= — streams a Kard reconciliation file to the browser.
 * Staff with kard.files.read only; the file's fresh signed `downloadUrl` is fetched here and
 * never leaves the server; each download is audited (kard.file.download). `type` and `sent`
 * (from the files list) only narrow the search for the file. Answers 404 JSON when Kard lists no
 * such file, 502 JSON when Kard or its storage fails.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRoutePermission("kard.files.read", "kard.file.download", async (staff) => {
    const id = fileIdSchema.safeParse((await params).id);
    if (!id.success) return Response.json({ error: { code: "NOT_FOUND", message: "No such file." } }, { status: 404 });
    const hint = fileHintSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    try {
      const { file, response } = await openFileDownload({ id: id.data, ...hint }, staffActor(staff, contextFromHeaders(req.headers)));
      const extension = file.fileName.split(".").pop()?.toLowerCase() ?? "";
      const contentType = response.headers.get("content-type") ?? FALLBACK_TYPES[extension] ?? "application/octet-stream";
      // No content-length: fetch may have decoded a compressed body, so the storage's length can be wrong.
      const headers = new Headers({
        "content-type": contentType,
        "content-disposition": `attachment; filename="${attachmentName(file.fileName)}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      return new Response(response.body, { headers });
    } catch (error) {
      if (error instanceof OperationError) {
        return Response.json({ error: { code: error.code, message: error.message } }, { status: error.code === "NOT_FOUND" ? 404 : 400 });
      }
      if (isProviderError(error)) return Response.json({ error: { code: error.code, message: error.message } }, { status: 502 });
      throw error;
    }
  });
}
