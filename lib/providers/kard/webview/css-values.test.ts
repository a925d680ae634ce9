import { describe, expect, it } from "vitest";
import { isCssColor, isCssLength } from "./css-values";

describe("isCssColor", () => {
  it.each([
    "#0066cc", "#06c", "#06cf", "#0066ccff", "navy", "RebeccaPurple", "transparent", "currentColor", "Canvas",
    "rgb(0, 102, 204)", "rgba(0,102,204,0.5)", "rgb(0% 40% 80%)", "rgb(0 102 204 / 50%)", "rgb(none 102 204)",
    "hsl(210, 100%, 40%)", "hsla(210deg 100% 40% / .5)", "hsl(0.5turn 100 40)", "hwb(210 0% 20%)",
    "lab(45% 10 -60)", "lch(45% 60 270deg)", "oklab(0.55 -0.03 -0.18)", "oklch(0.55 0.2 255)", "oklch(55% 0.2 255 / 0.8)",
    "color(display-p3 0.1 0.4 0.8)", "color(srgb 0 0.4 0.8 / 1)", " #fff ",
  ])("accepts %s", (value) => expect(isCssColor(value)).toBe(true));

  it.each([
    "", "#12", "#12345", "#ggg", "blurple", "rgb(0, 102)", "rgb(0 102 204 0.5)", "rgb(0, 40%, 80%)", "rgb(0, 102, 204, 0.5, 1)",
    "hwb(210, 0%, 20%)", "oklch(0.55, 0.2, 255)", "color(nowhere 0 0 0)", "red; background: url(x)", "red}", "</style>",
    "var(--x)", "color-mix(in srgb, red, blue)", "rgb(from red r g b)", "url(https://example.com/x.png)",
  ])("refuses %s", (value) => expect(isCssColor(value)).toBe(false));
});

describe("isCssLength", () => {
  it.each(["0", "8px", "0.75rem", "9999px", "12PX", "50%", ".5em", "1e1px", "2vmin", "1.5dvh"])("accepts %s", (value) => expect(isCssLength(value)).toBe(true));
  it.each(["", "8", "-4px", "px", "8 px", "calc(8px + 1rem)", "8px;", "auto", "12pxx"])("refuses %s", (value) => expect(isCssLength(value)).toBe(false));
});
