import { describe, expect, it } from "vitest";
import { decodeBase64UrlText, encodeBase64UrlText } from "./base64url";
import { guideEncode, webviewGuideJsonBlocks, guideThemingExample } from "@/lib/providers/kard/testing/documentation";
import { decodeTheme, encodeTheme, isEmptyTheme, KARD_DEFAULT_THEME, normalizeTheme, resolveTheme, ThemeDecodeError, webviewThemeSchema, type WebviewTheme } from "./theme";

const NON_ASCII_LABELS = { rewardsTitle: "Mes récompenses", nearbyOffersTitle: "Рядом с вами 📍", offersTitle: "优惠 – “Deals”" };

describe("base64url codec", () => {
  it.each(["", "a", "ab", "abc", "{\"a\":1}", "Mes récompenses", "Рядом 📍", "优惠", "?>~"])("round-trips %j and matches Node's base64url", (text) => {
    const encoded = encodeBase64UrlText(text);
    expect(encoded).toBe(Buffer.from(text, "utf8").toString("base64url"));
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeBase64UrlText(encoded)).toBe(text);
  });

  it("refuses padding, the standard alphabet, impossible lengths and bytes that are not UTF-8", () => {
    expect(() => decodeBase64UrlText("e30=")).toThrow(/base64url/);
    expect(() => decodeBase64UrlText("a+b/")).toThrow(/base64url/);
    expect(() => decodeBase64UrlText("abcde")).toThrow(/length/);
    // The guide's btoa() of a Latin-1 "é" yields the single byte 0xE9, which is not UTF-8.
    expect(() => decodeBase64UrlText(guideEncode({ t: "é" }))).toThrow(/UTF-8/);
  });
});

describe("theme codec", () => {
  const full: WebviewTheme = {
    theme: "dark",
    styles: {
      light: { primary: "#0066cc", background: "rgb(245 245 245)" },
      dark: { primary: "oklch(0.7 0.15 250)", linkColor: "lightskyblue" },
      layout: { radius: "8px", chipRadius: "9999px", imageRadius: "50%", cardRadius: "0.75rem" },
    },
    labels: NON_ASCII_LABELS,
    layout: { showMap: false },
  };

  it("round-trips a full theme with non-ASCII labels", () => {
    const encoded = encodeTheme(full);
    expect(encoded).not.toMatch(/[=+/]/);
    expect(decodeTheme(encoded)).toEqual(full);
    expect(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")).labels).toEqual(NON_ASCII_LABELS);
  });

  it("decodes the guide's Theming Resources example encoded with the guide's own recipe", () => {
    const example = guideThemingExample();
    const decoded = decodeTheme(guideEncode(example as object));
    expect(decoded).toEqual(example);
    expect(resolveTheme(decoded).labels.rewardsTitle).toBe("My Rewards");
  });

  it("accepts the documented structure and nothing else", () => {
    const [structure] = webviewGuideJsonBlocks();
    for (const member of ['"theme"', '"styles"', '"light"', '"dark"', '"layout"', '"labels"', '"showMap"']) expect(structure).toContain(member);
    expect(() => decodeTheme(encodeBase64UrlText(JSON.stringify({ styles: { light: { primaryColor: "#fff" } } })))).toThrow(ThemeDecodeError);
    expect(() => decodeTheme(encodeBase64UrlText(JSON.stringify({ theme: "sepia" })))).toThrow(/theme/);
    expect(() => decodeTheme(encodeBase64UrlText("[1,2]"))).toThrow(ThemeDecodeError);
    expect(() => decodeTheme(encodeBase64UrlText("not json"))).toThrow(/JSON/);
  });

  it("names each invalid token", () => {
    const bad = { styles: { light: { primary: "red; display:none" }, layout: { radius: "-2px" } }, labels: { offersTitle: "x".repeat(81) } };
    try {
      decodeTheme(encodeBase64UrlText(JSON.stringify(bad)));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ThemeDecodeError);
      expect((error as ThemeDecodeError).issues).toEqual([
        expect.stringMatching(/^styles\.light\.primary: .*CSS colour/),
        expect.stringMatching(/^styles\.layout\.radius: .*CSS length/),
        expect.stringMatching(/^labels\.offersTitle: /),
      ]);
    }
  });

  it("normalises: empty groups are dropped and equal themes encode equally", () => {
    expect(normalizeTheme({ styles: { light: {}, dark: { primary: undefined } }, labels: {}, layout: {} })).toEqual({});
    expect(isEmptyTheme({ styles: { light: {} } })).toBe(true);
    const a = encodeTheme({ labels: { offersTitle: "A", rewardsTitle: "B" }, theme: "light" });
    const b = encodeTheme({ theme: "light", labels: { rewardsTitle: "B", offersTitle: "A" } });
    expect(a).toBe(b);
  });

  it("resolves overrides over Kard's defaults (documented labels and showMap)", () => {
    expect(resolveTheme({})).toEqual(KARD_DEFAULT_THEME);
    expect(KARD_DEFAULT_THEME.labels).toEqual({ rewardsTitle: "Rewards", nearbyOffersTitle: "Nearby offers", offersTitle: "Offers" });
    expect(KARD_DEFAULT_THEME.layout.showMap).toBe(true);
    const resolved = resolveTheme({ styles: { dark: { primary: "gold" } }, labels: { offersTitle: "Deals" } });
    expect(resolved.styles.dark.primary).toBe("gold");
    expect(resolved.styles.light.primary).toBe(KARD_DEFAULT_THEME.styles.light.primary);
    expect(resolved.labels).toEqual({ ...KARD_DEFAULT_THEME.labels, offersTitle: "Deals" });
    expect(webviewThemeSchema.safeParse(KARD_DEFAULT_THEME).success).toBe(true);
  });
});
