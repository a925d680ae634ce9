import { db } from "@/lib/db";
import { providerConfig } from "@/lib/providers/registry";

/**
 * Whom the preview can show: in sandbox mode the two documented personas
 * (`sandbox-{issuerName}-new-customer` / `-lapsed-customer`), then the users this console
 * enrolled (Kard has no list-users endpoint), newest first, deleted ones left out.
 * Source: Kard seed, "Targeted Offers" (persona ids), "Testing The User Experiences".
 */
export interface PreviewUser {
  id: string;
  label: string;
  kind: "persona" | "enrolled";
}

const MAX_ENROLLED = 200;

export async function listPreviewUsers(): Promise<PreviewUser[]> {
  const config = providerConfig("kard");
  const personas: PreviewUser[] =
    config.mode === "sandbox"
      ? [
          { id: `sandbox-${config.credentials.issuerName}-new-customer`, label: "Persona: new customer", kind: "persona" },
          { id: `sandbox-${config.credentials.issuerName}-lapsed-customer`, label: "Persona: lapsed customer", kind: "persona" },
        ]
      : [];
  const enrolled = await db.kardUser.findMany({ where: { deletedAt: null }, orderBy: { createdAt: "desc" }, take: MAX_ENROLLED, select: { id: true, email: true } });
  return [...personas, ...enrolled.map((user): PreviewUser => ({ id: user.id, label: user.email ? `${user.id} (${user.email})` : user.id, kind: "enrolled" }))];
}
