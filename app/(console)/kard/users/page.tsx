import { Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listKardUsers } from "@/lib/providers/kard/operations/queries-users";
import { providerMode } from "@/lib/providers/registry";
import { EditUserDialog } from "./edit-user-dialog";
import { EnrollUserDialog } from "./enroll-user-dialog";
import { LookupUserForm } from "./lookup-user-form";
import { UnenrollUserButton } from "./user-row-actions";
import { UserSourceBadge } from "./user-source-badge";

export const metadata: Metadata = { title: "Kard users" };

const userHref = (id: string) => `/kard/users/${encodeURIComponent(id)}`;

export default async function KardUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const staff = await requirePagePermission("kard.read");
  const includeUnenrolled = (await searchParams).unenrolled === "1";
  const users = await listKardUsers({ includeUnenrolled });
  const canManage = can(staff.role, "kard.users.manage");
  const sandbox = providerMode("kard") === "sandbox";

  return (
    <div className="space-y-6">
      <PageHeader
        title="Kard users"
        description={`Users this console enrolled or looked up${sandbox ? ", and the sandbox personas" : ""}. Kard keeps no list of its own: open any other user by id.`}
        actions={canManage ? <EnrollUserDialog /> : null}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <LookupUserForm />
        <Link href={includeUnenrolled ? "/kard/users" : "/kard/users?unenrolled=1"} className="text-sm underline-offset-4 hover:underline">
          {includeUnenrolled ? "Hide unenrolled users" : "Show unenrolled users"}
        </Link>
      </div>
      {users.length === 0 ? (
        <EmptyState icon={Users} title="No users yet" description="Enroll a user, or look one up by id." />
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>User id</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Zip code</TableHead>
                <TableHead>Programmes</TableHead>
                <TableHead>Source</TableHead>
                <TableHead>Enrolled</TableHead>
                {canManage ? <TableHead className="text-right">Actions</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((user) => (
                <TableRow key={user.id} data-testid="kard-user-row">
                  <TableCell>
                    <Link href={userHref(user.id)} className="font-mono text-sm font-medium underline-offset-4 hover:underline">
                      {user.id}
                    </Link>
                  </TableCell>
                  <TableCell className="text-sm">{user.maskedEmail ?? "—"}</TableCell>
                  <TableCell className="text-sm">{user.zipCode ?? "—"}</TableCell>
                  <TableCell className="text-sm">{user.enrolledRewards.length ? user.enrolledRewards.join(", ") : "none"}</TableCell>
                  <TableCell>
                    <UserSourceBadge source={user.unenrolledAt ? "UNENROLLED" : user.source} />
                  </TableCell>
                  <TableCell className="text-sm">
                    {user.createdAt ? <RelativeTime date={user.createdAt} /> : "—"}
                    {user.createdByEmail ? <span className="block text-xs text-muted-foreground">by {user.createdByEmail}</span> : null}
                  </TableCell>
                  {canManage ? (
                    <TableCell>
                      {user.source !== "PERSONA" && !user.unenrolledAt ? (
                        <div className="flex justify-end gap-2">
                          <EditUserDialog user={user} />
                          <UnenrollUserButton userId={user.id} />
                        </div>
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
