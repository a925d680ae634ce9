"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Staff } from "@/lib/auth/session";
import { issuePreviewToken } from "@/lib/providers/kard/webview/preview-token";
import { deleteTheme, saveTheme } from "@/lib/providers/kard/webview/saved-themes";
import type { RequestContext } from "@/lib/request-context";
import { deleteThemeSchema, previewTokenSchema, saveThemeSchema } from "./webview.validation";

const who = (staff: Staff, request: RequestContext) => ({
  actor: { id: staff.id, email: staff.email, role: staff.role },
  context: request,
});

export const issuePreviewTokenAction = defineAction({
  name: "kard.webview.token",
  permission: "kard.webview.preview",
  input: previewTokenSchema,
  handler: async ({ userId }, { staff, request }) => issuePreviewToken(userId, who(staff, request)),
});

export const saveThemeAction = defineAction({
  name: "kard.webview.theme-save",
  permission: "kard.webview.themes.manage",
  input: saveThemeSchema,
  handler: async (input, { staff, request }) => {
    const saved = await saveTheme(input, who(staff, request));
    revalidatePath("/kard/webview");
    return saved;
  },
});

export const deleteThemeAction = defineAction({
  name: "kard.webview.theme-delete",
  permission: "kard.webview.themes.manage",
  input: deleteThemeSchema,
  handler: async ({ id }, { staff, request }) => {
    await deleteTheme(id, who(staff, request));
    revalidatePath("/kard/webview");
    return { id };
  },
});
