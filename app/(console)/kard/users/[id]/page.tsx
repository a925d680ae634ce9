import { UserX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyValue } from "@/components/ui/key-value";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { maskEmail } from "@/lib/providers/kard/operations/kard-user-record";
import { listKardTransactions } from "@/lib/providers/kard/operations/queries-transactions";
import { fetchKardUser, findListedUser } from "@/lib/providers/kard/operations/queries-users";
import type { KardUser } from "@/lib/providers/kard/schemas/users";
import { isProviderError } from "@/lib/providers/provider-error";
import { EditUserDialog } from "../edit-user-dialog";
import { AdoptUserButton, UnenrollUserButton } from "../user-row-actions";
import { UserSourceBadge } from "../user-source-badge";
import { USER_TABS, type UserTab } from "./user-tab-names";
import { UserTabs } from "./user-tabs";

export const metadata: Metadata = { title: "Kard user" };

type Loaded = { user: KardUser } | { missing: true } | { error: unknown };

/** Next hands dynamic segments over still percent-encoded on some paths; decode once, tolerantly. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function load(userId: string): Promise<Loaded> {
  try {
    return { user: await fetchKardUser(userId) };
  } catch (error) {
    if (isProviderError(error) && error.httpStatus === 404) return { missing: true };
    return { error };
  }
}

export default async function KardUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePagePermission("kard.read");
  const userId = decodeSegment((await params).id);
  const tab = (await searchParams).tab;
  const [listed, loaded, transactions] = await Promise.all([findListedUser(userId), load(userId), listKardTransactions({ userId })]);
  const canManage = can(staff.role, "kard.users.manage");
  const back = (
    <Button variant="outline" asChild>
      <Link href="/kard/users">All users</Link>
    </Button>
  );

  if ("error" in loaded) {
    return (
      <div className="space-y-6">
        <PageHeader title={userId} actions={back} />
        <ProviderUnavailable error={loaded.error} what="this Kard user" />
      </div>
    );
  }
  if ("missing" in loaded) {
    return (
      <div className="space-y-6">
        <PageHeader title={userId} actions={back} />
        <EmptyState
          icon={UserX}
          title="Kard has no user with this id"
          description={listed?.unenrolledAt ? "The console unenrolled this user; enroll the id again to bring them back." : "Check the id, or enroll the user from the users page."}
        />
      </div>
    );
  }

  const { attributes } = loaded.user;
  const source = listed?.unenrolledAt ? null : listed?.source;
  const isPersona = source === "PERSONA";
  return (
    <div className="space-y-6">
      <PageHeader
        title={<span className="font-mono">{userId}</span>}
        description="Kard's record of this user, their offers, nearby locations, earned rewards and the transactions sent for them."
        actions={
          <>
            {canManage && !source ? <AdoptUserButton userId={userId} /> : null}
            {canManage ? <EditUserDialog user={{ id: userId, zipCode: attributes.zipCode ?? null, enrolledRewards: attributes.enrolledRewards }} /> : null}
            {canManage && !isPersona ? <UnenrollUserButton userId={userId} afterwards="list" /> : null}
            {back}
          </>
        }
      >
        <div className="pt-1">{source ? <UserSourceBadge source={source} /> : <UserSourceBadge source="UNLISTED" />}</div>
      </PageHeader>
      <KeyValue
        columns={2}
        items={[
          { label: "Programmes", value: attributes.enrolledRewards.length ? attributes.enrolledRewards.join(", ") : "none (no offers)" },
          { label: "Zip code", value: attributes.zipCode },
          { label: "Email", value: attributes.email ? maskEmail(attributes.email) : listed?.maskedEmail },
          { label: "Hashed email (HEM)", value: attributes.hashedEmail ? <span className="font-mono text-xs break-all">{attributes.hashedEmail}</span> : null },
          { label: "Enrolled by", value: listed?.createdByEmail },
          { label: "Birth year", value: attributes.birthYear },
        ]}
      />
      <UserTabs
        userId={userId}
        initialTab={(USER_TABS as readonly string[]).includes(tab ?? "") ? (tab as UserTab) : "offers"}
        can={{ pressCta: can(staff.role, "kard.offers.activate"), submitTransactions: can(staff.role, "kard.transactions.submit"), reconcileTransactions: can(staff.role, "kard.transactions.reconcile") }}
        transactions={transactions}
      />
    </div>
  );
}
