import {
  COLOR_TOKENS,
  KARD_DEFAULT_THEME,
  LABEL_KEYS,
  normalizeTheme,
  RADIUS_TOKENS,
  webviewThemeSchema,
  type ColorToken,
  type LabelKey,
  type RadiusToken,
  type ThemeMode,
  type WebviewTheme,
} from "@/lib/providers/kard/webview/theme";

/**
 * What the theme editor holds: the text of every field as typed ("" = not overridden, Kard's
 * default applies), turned into a `WebviewTheme` by the same schema the sandbox and the saved
 * themes use, with one message per invalid field.
 */
export interface ThemeDraft {
  mode: ThemeMode | "";
  light: Record<ColorToken, string>;
  dark: Record<ColorToken, string>;
  radii: Record<RadiusToken, string>;
  labels: Record<LabelKey, string>;
  showMap: boolean;
}

const blank = <K extends string>(keys: readonly K[], source?: Partial<Record<K, string>>) =>
  Object.fromEntries(keys.map((key) => [key, source?.[key] ?? ""])) as Record<K, string>;

export function themeToDraft(theme: WebviewTheme): ThemeDraft {
  return {
    mode: theme.theme ?? "",
    light: blank(COLOR_TOKENS, theme.styles?.light),
    dark: blank(COLOR_TOKENS, theme.styles?.dark),
    radii: blank(RADIUS_TOKENS, theme.styles?.layout),
    labels: blank(LABEL_KEYS, theme.labels),
    showMap: theme.layout?.showMap ?? KARD_DEFAULT_THEME.layout.showMap,
  };
}

const filled = <K extends string>(values: Record<K, string>) => {
  const out: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(values) as [K, string][]) if (value.trim()) out[key] = value.trim();
  return out;
};

export type DraftResult = { ok: true; theme: WebviewTheme } | { ok: false; errors: Record<string, string> };

/** The overrides of `draft`, or a message per invalid field keyed by its path ("styles.light.primary"). */
export function draftToTheme(draft: ThemeDraft): DraftResult {
  const candidate = {
    ...(draft.mode && { theme: draft.mode }),
    styles: { light: filled(draft.light), dark: filled(draft.dark), layout: filled(draft.radii) },
    labels: filled(draft.labels),
    ...(draft.showMap !== KARD_DEFAULT_THEME.layout.showMap && { layout: { showMap: draft.showMap } }),
  };
  const parsed = webviewThemeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, theme: normalizeTheme(parsed.data) };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return { ok: false, errors };
}
