"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record";
import { signOut } from "@/lib/auth/auth";

export const signOutAction = defineAction({
  name: "auth.session.sign-out",
  permission: "overview.read",
  input: z.object({}),
  handler: async (_input, actor) => {
    await recordAudit({ actor, action: "auth.session.sign-out", outcome: "SUCCEEDED" });
    await signOut({ redirectTo: "/login" });
  },
});
