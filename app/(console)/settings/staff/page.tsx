import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requirePagePermission } from "@/lib/auth/session";
import { listStaff } from "@/lib/staff/queries";
import { CreateStaffDialog } from "./create-staff-dialog";
import { ActiveToggle, RoleSelect } from "./staff-row-controls";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const me = await requirePagePermission("staff.manage");
  const staff = await listStaff();

  return (
    <div className="space-y-6">
      <PageHeader
        title="Staff"
        description="Who can sign in to the console and what their role lets them do. Every change here is audited."
        actions={<CreateStaffDialog minPasswordLength={MIN_PASSWORD_LENGTH} />}
      />
      {/* Never empty: the admin viewing it has an account. */}
      <div className="rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Email</TableHead>
              <TableHead>Name</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Last sign-in</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {staff.map((user) => {
              const row = { id: user.id, email: user.email, role: user.role, active: user.active, self: user.id === me.id };
              return (
                <TableRow key={user.id} data-testid="staff-row" className={user.active ? undefined : "text-muted-foreground"}>
                  <TableCell>
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{user.email}</span>
                      {user.isDemo ? (
                        <Badge variant="info" title="Signs in only while every provider is in sandbox mode">
                          demo
                        </Badge>
                      ) : null}
                      {row.self ? <Badge variant="outline">you</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell>{user.name}</TableCell>
                  <TableCell>
                    <RoleSelect row={row} />
                  </TableCell>
                  <TableCell>
                    <Badge variant={user.active ? "success" : "secondary"}>{user.active ? "active" : "deactivated"}</Badge>
                  </TableCell>
                  <TableCell>{user.lastLoginAt ? <RelativeTime date={user.lastLoginAt} /> : <span className="text-muted-foreground">never</span>}</TableCell>
                  <TableCell className="text-right">
                    <ActiveToggle row={row} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
