"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { issuePreviewToken } from "@/lib/providers/kard/webview/preview-token";
import { deleteTheme, saveTheme } from "@/lib/providers/kard/webview/saved-themes";
import { deleteThemeSchema, previewTokenSchema, saveThemeSchema } from "./webview.validation";

export const issuePreviewTokenAction = defineAction({
  name: "kard.webview.token",
  permission: "kard.webview.preview",
  input: previewTokenSchema,
  handler: async (input, actor) => issuePreviewToken(input, actor),
});

export const saveThemeAction = defineAction({
  name: "kard.webview.theme-save",
  permission: "kard.webview.themes.manage",
  input: saveThemeSchema,
  handler: async (input, actor) => {
    const saved = await saveTheme(input, actor);
    revalidatePath("/kard/webview");
    return saved;
  },
});

export const deleteThemeAction = defineAction({
  name: "kard.webview.theme-delete",
  permission: "kard.webview.themes.manage",
  input: deleteThemeSchema,
  handler: async (input, actor) => {
    await deleteTheme(input, actor);
    revalidatePath("/kard/webview");
    return { id: input.id };
  },
});
