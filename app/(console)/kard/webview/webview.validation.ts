import { z } from "zod";
import { webviewThemeSchema } from "@/lib/providers/kard/webview/theme";

/** Inputs of the WebView preview's server actions (shared with the page's forms). */
export const previewTokenSchema = z.object({ userId: z.string().trim().min(1, "Choose a user.").max(128) });

export const THEME_NAME_MAX_LENGTH = 60;

export const saveThemeSchema = z.object({
  name: z.string().trim().min(1, "Name the theme.").max(THEME_NAME_MAX_LENGTH, `Keep the name under ${THEME_NAME_MAX_LENGTH} characters.`),
  theme: webviewThemeSchema,
});

export const deleteThemeSchema = z.object({ id: z.string().min(1).max(64) });
