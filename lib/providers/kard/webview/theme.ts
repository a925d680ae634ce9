import { z } from "zod";
import { Base64UrlError, decodeBase64UrlText, encodeBase64UrlText } from "./base64url";
import { isCssColor, isCssLength } from "./css-values";

/**
 * The Rewards WebView `theme` query parameter: a JSON object of overrides, base64url-encoded.
 * Shape (every member optional):
 *   { theme: "system"|"light"|"dark",
 *     styles: { light: {<colour tokens>}, dark: {<colour tokens>}, layout: {<radius tokens>} },
 *     labels: { rewardsTitle, nearbyOffersTitle, offersTitle },
 *     layout: { showMap: boolean } }
 * Colour tokens take any CSS colour, radius tokens a CSS length (see css-values.ts).
 * Unknown members are refused: a misspelt token would otherwise be dropped without a word.
 * Labels are 1–80 characters (the guide gives no limit; 80 keeps a title on one or two lines).
 * Source: Kard seed, "WebView" › "Query Parameters" › `theme`, `labels`, `layout`.
 */
const THEME_MODES = ["system", "light", "dark"] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

export const COLOR_TOKENS = [
  "background",
  "primary",
  "buttonPrimaryTextColor",
  "secondary",
  "buttonSecondaryTextColor",
  "textPrimary",
  "textSecondary",
  "cardBackgroundColor",
  "border",
  "linkColor",
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

export const RADIUS_TOKENS = ["radius", "chipRadius", "imageRadius", "cardRadius"] as const;
export type RadiusToken = (typeof RADIUS_TOKENS)[number];

export const LABEL_KEYS = ["rewardsTitle", "nearbyOffersTitle", "offersTitle"] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

const LABEL_MAX_LENGTH = 80;

const cssColorSchema = z.string().trim().max(100, "Enter a CSS colour of at most 100 characters.").refine(isCssColor, { message: "Enter a CSS colour (e.g. #0066cc, rgb(0 102 204), oklch(0.55 0.2 255), navy)." });
const cssLengthSchema = z.string().trim().max(32, "Enter a CSS length of at most 32 characters.").refine(isCssLength, { message: "Enter a CSS length (e.g. 8px, 0.75rem, 9999px, 50%)." });
const labelSchema = z
  .string()
  .trim()
  .min(1, "Enter a title or leave the field empty for Kard's default.")
  .max(LABEL_MAX_LENGTH, `Keep the title under ${LABEL_MAX_LENGTH} characters.`);

const colorTokensSchema = z.strictObject(Object.fromEntries(COLOR_TOKENS.map((token) => [token, cssColorSchema.optional()])) as Record<ColorToken, z.ZodOptional<typeof cssColorSchema>>);
const radiusTokensSchema = z.strictObject(Object.fromEntries(RADIUS_TOKENS.map((token) => [token, cssLengthSchema.optional()])) as Record<RadiusToken, z.ZodOptional<typeof cssLengthSchema>>);
const labelsSchema = z.strictObject(Object.fromEntries(LABEL_KEYS.map((key) => [key, labelSchema.optional()])) as Record<LabelKey, z.ZodOptional<typeof labelSchema>>);

export const webviewThemeSchema = z.strictObject({
  theme: z.enum(THEME_MODES).optional(),
  styles: z.strictObject({ light: colorTokensSchema.optional(), dark: colorTokensSchema.optional(), layout: radiusTokensSchema.optional() }).optional(),
  labels: labelsSchema.optional(),
  layout: z.strictObject({ showMap: z.boolean().optional() }).optional(),
});

/** A theme override object as it travels in the `theme` parameter. */
export type WebviewTheme = z.infer<typeof webviewThemeSchema>;
export type ColorTokens = Record<ColorToken, string>;

/** Every value the WebView renders with: the overrides laid over Kard's defaults. */
export interface ResolvedTheme {
  theme: ThemeMode;
  styles: { light: ColorTokens; dark: ColorTokens; layout: Record<RadiusToken, string> };
  labels: Record<LabelKey, string>;
  layout: { showMap: boolean };
}

/**
 * Kard's defaults. Documented: the three labels ("Rewards", "Nearby offers", "Offers") and
 * `showMap: true`. Not documented: the default colours, radii and mode. We use the values of the
 * guide's own "Theming Resources" example for colours and radii, and "system" for the mode.
 */
export const KARD_DEFAULT_THEME: ResolvedTheme = {
  theme: "system",
  styles: {
    light: {
      background: "#f5f5f5",
      primary: "#0066cc",
      buttonPrimaryTextColor: "#ffffff",
      secondary: "#e0e0e0",
      buttonSecondaryTextColor: "#1a1a1a",
      textPrimary: "#1a1a1a",
      textSecondary: "#6b7280",
      cardBackgroundColor: "#ffffff",
      border: "#e0e0e0",
      linkColor: "#0066cc",
    },
    dark: {
      background: "#1a1a1a",
      primary: "#4da6ff",
      buttonPrimaryTextColor: "#000000",
      secondary: "#404040",
      buttonSecondaryTextColor: "#f5f5f5",
      textPrimary: "#f5f5f5",
      textSecondary: "#a0a0a0",
      cardBackgroundColor: "#2a2a2a",
      border: "#404040",
      linkColor: "#4da6ff",
    },
    layout: { radius: "8px", chipRadius: "9999px", imageRadius: "9999px", cardRadius: "12px" },
  },
  labels: { rewardsTitle: "Rewards", nearbyOffersTitle: "Nearby offers", offersTitle: "Offers" },
  layout: { showMap: true },
};

function pick<K extends string>(keys: readonly K[], source: Partial<Record<K, string | undefined>> | undefined) {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) if (source?.[key] !== undefined) out[key] = source[key];
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The same overrides with empty groups removed and members in the documented order, so equal
 * themes encode to equal strings.
 */
export function normalizeTheme(theme: WebviewTheme): WebviewTheme {
  const light = pick(COLOR_TOKENS, theme.styles?.light);
  const dark = pick(COLOR_TOKENS, theme.styles?.dark);
  const radii = pick(RADIUS_TOKENS, theme.styles?.layout);
  const styles = light || dark || radii ? { ...(light && { light }), ...(dark && { dark }), ...(radii && { layout: radii }) } : undefined;
  const labels = pick(LABEL_KEYS, theme.labels);
  const showMap = theme.layout?.showMap;
  return {
    ...(theme.theme && { theme: theme.theme }),
    ...(styles && { styles }),
    ...(labels && { labels }),
    ...(showMap !== undefined && { layout: { showMap } }),
  };
}

export function isEmptyTheme(theme: WebviewTheme): boolean {
  return Object.keys(normalizeTheme(theme)).length === 0;
}

/** The `theme` parameter value: base64url (no padding) of the normalised overrides' UTF-8 JSON. */
export function encodeTheme(theme: WebviewTheme): string {
  return encodeBase64UrlText(JSON.stringify(normalizeTheme(theme)));
}

export class ThemeDecodeError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = "ThemeDecodeError";
  }
}

/** "styles.light.primary: Enter a CSS colour …" for each zod issue. */
function describeThemeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "theme"}: ${issue.message}`);
}

/**
 * The overrides carried by a `theme` parameter value.
 * @throws ThemeDecodeError when the value is not base64url, not UTF-8 JSON, or not a valid theme
 *   (`issues` lists each invalid member).
 */
export function decodeTheme(value: string): WebviewTheme {
  let json: unknown;
  try {
    json = JSON.parse(decodeBase64UrlText(value));
  } catch (error) {
    const reason = error instanceof Base64UrlError ? error.message : "It does not decode to JSON.";
    throw new ThemeDecodeError(`The theme parameter is invalid. ${reason}`);
  }
  const parsed = webviewThemeSchema.safeParse(json);
  if (!parsed.success) {
    const issues = describeThemeIssues(parsed.error);
    throw new ThemeDecodeError(`The theme parameter is invalid: ${issues.join("; ")}`, issues);
  }
  return normalizeTheme(parsed.data);
}

/** Kard's defaults with `theme`'s overrides applied. */
export function resolveTheme(theme: WebviewTheme): ResolvedTheme {
  const d = KARD_DEFAULT_THEME;
  return {
    theme: theme.theme ?? d.theme,
    styles: {
      light: { ...d.styles.light, ...pick(COLOR_TOKENS, theme.styles?.light) },
      dark: { ...d.styles.dark, ...pick(COLOR_TOKENS, theme.styles?.dark) },
      layout: { ...d.styles.layout, ...pick(RADIUS_TOKENS, theme.styles?.layout) },
    },
    labels: { ...d.labels, ...pick(LABEL_KEYS, theme.labels) },
    layout: { showMap: theme.layout?.showMap ?? d.layout.showMap },
  };
}
