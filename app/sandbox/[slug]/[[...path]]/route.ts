import { handleSandboxRoute } from "@/lib/sandbox/sandbox-route";

type Context = { params: Promise<{ slug: string; path?: string[] }> };

async function handle(req: Request, { params }: Context): Promise<Response> {
  const { slug, path = [] } = await params;
  return handleSandboxRoute(req, slug, path);
}

export const dynamic = "force-dynamic";
export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
