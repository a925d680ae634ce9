import { db } from "@/lib/db";
import type { KardUser } from "../schemas/users";
import { type KardUserDto, toKardUserDto } from "./kard-user-record";
import { sandboxPersonaIds } from "./personas";
import { providerClient } from "@/lib/providers/registry";

function personaDto(id: string): KardUserDto {
  return {
    id,
    maskedEmail: null,
    hashedEmail: null,
    zipCode: null,
    enrolledRewards: ["CARDLINKED"],
    source: "PERSONA",
    createdByEmail: null,
    createdAt: null,
    unenrolledAt: null,
  };
}

/**
 * The users the console knows (Kard has no list endpoint): its own KardUser rows, newest first
 * (unenrolled ones only with `includeUnenrolled`), then the sandbox personas in sandbox mode.
 * Source: kard-endpoints.md "Operator console" ("user IDs from its own store or from the
 * sandbox personas").
 */
export async function listKardUsers(opts: { includeUnenrolled?: boolean } = {}): Promise<KardUserDto[]> {
  const rows = await db.kardUser.findMany({
    where: opts.includeUnenrolled ? {} : { deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return [...rows.map(toKardUserDto), ...sandboxPersonaIds().map(personaDto)];
}

/** The console's row for a user, with personas as PERSONA; null when the console does not list it. */
export async function findListedUser(userId: string): Promise<KardUserDto | null> {
  if (sandboxPersonaIds().includes(userId)) return personaDto(userId);
  const row = await db.kardUser.findUnique({ where: { id: userId } });
  return row ? toKardUserDto(row) : null;
}

/**
 * Reads a user from Kard (Get User By ID). Not audited: a read.
 * @throws ProviderError (HTTP_404 when Kard has no such user). Source: "Get User By ID".
 */
export async function fetchKardUser(userId: string): Promise<KardUser> {
  return (await providerClient("kard").getUser(userId)).data;
}
