/**
 * Syntax checks for the CSS values a WebView theme carries: colours for the mode-dependent
 * tokens and lengths for the radii. The guide accepts "valid CSS color values (hex, rgb, hsl,
 * oklch, named colors, etc.)" and "CSS length" radii. The same check runs on the server (sandbox
 * WebView, saved themes) and in the browser (theme editor), where `CSS.supports` is not available
 * to the server, so the grammar is written out here.
 *
 * Accepted colours (CSS Color 4): `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`; the 148 named colours,
 * `transparent`, `currentcolor` and the system colours; `rgb()`/`rgba()`/`hsl()`/`hsla()` in the
 * legacy comma and the modern space syntax; `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()`,
 * `color(<space> …)`, each with an optional `/ alpha` and `none` components.
 * Not accepted (documented choice): `color-mix()`, relative colours (`from …`), `light-dark()`
 * and `var()` — they depend on other values and cannot be checked on their own.
 * Accepted lengths: `0`, or a non-negative number with a CSS length unit or `%` (`8px`,
 * `0.75rem`, `9999px`, `50%`). `calc()` is not accepted.
 * Source: Kard seed, "WebView" › "theme" (colour and layout token tables).
 */

const NAMED_COLORS = new Set(
  (
    "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown " +
    "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan " +
    "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid " +
    "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet " +
    "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro " +
    "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki " +
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow " +
    "lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray " +
    "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine " +
    "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise " +
    "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab " +
    "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru " +
    "pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown " +
    "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan " +
    "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen " +
    "transparent currentcolor " +
    "accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field " +
    "fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext"
  ).split(" "),
);

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const isNumber = (s: string) => new RegExp(`^${NUMBER}$`, "i").test(s);
const isPercentage = (s: string) => new RegExp(`^${NUMBER}%$`, "i").test(s);
const isHue = (s: string) => new RegExp(`^${NUMBER}(?:deg|grad|rad|turn)?$`, "i").test(s);
const isNone = (s: string) => s.toLowerCase() === "none";
const isAlpha = (s: string) => isNumber(s) || isPercentage(s);

type Check = (s: string) => boolean;
const numberOrPercent: Check = (s) => isNumber(s) || isPercentage(s) || isNone(s);
const hueOrNone: Check = (s) => isHue(s) || isNone(s);

/** Modern syntax: three space-separated components, then an optional `/ alpha`. */
function modernArguments(args: string, components: [Check, Check, Check]): boolean {
  const parts = args.split("/");
  if (parts.length > 2) return false;
  const values = parts[0].trim().split(/\s+/);
  if (values.length !== 3 || !values.every((value, i) => components[i](value))) return false;
  if (parts.length === 1) return true;
  const alpha = parts[1].trim();
  return isAlpha(alpha) || isNone(alpha);
}

/** Legacy syntax: comma-separated, no `none`, optional fourth alpha component. */
function legacyArguments(args: string, components: [Check, Check, Check]): boolean {
  const values = args.split(",").map((value) => value.trim());
  if (values.length !== 3 && values.length !== 4) return false;
  if (values.length === 4 && !isAlpha(values[3])) return false;
  return values.slice(0, 3).every((value, i) => components[i](value));
}

const COLOR_SPACES = new Set(["srgb", "srgb-linear", "display-p3", "a98-rgb", "prophoto-rgb", "rec2020", "xyz", "xyz-d50", "xyz-d65"]);

function colorFunction(name: string, args: string): boolean {
  const legacy = args.includes(",");
  switch (name) {
    case "rgb":
    case "rgba":
      if (!legacy) return modernArguments(args, [numberOrPercent, numberOrPercent, numberOrPercent]);
      // Legacy rgb() takes three numbers or three percentages, not a mix.
      return legacyArguments(args, [isNumber, isNumber, isNumber]) || legacyArguments(args, [isPercentage, isPercentage, isPercentage]);
    case "hsl":
    case "hsla":
      return legacy ? legacyArguments(args, [isHue, isPercentage, isPercentage]) : modernArguments(args, [hueOrNone, numberOrPercent, numberOrPercent]);
    case "hwb":
      return !legacy && modernArguments(args, [hueOrNone, numberOrPercent, numberOrPercent]);
    case "lab":
    case "oklab":
      return !legacy && modernArguments(args, [numberOrPercent, numberOrPercent, numberOrPercent]);
    case "lch":
    case "oklch":
      return !legacy && modernArguments(args, [numberOrPercent, numberOrPercent, hueOrNone]);
    case "color": {
      const match = /^\s*([a-z0-9-]+)\s+(.*)$/i.exec(args);
      return Boolean(match && !legacy && COLOR_SPACES.has(match[1].toLowerCase()) && modernArguments(match[2], [numberOrPercent, numberOrPercent, numberOrPercent]));
    }
    default:
      return false;
  }
}

/** True when `value` is a CSS colour this module accepts (see the module comment). */
export function isCssColor(value: string): boolean {
  const v = value.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v)) return true;
  if (NAMED_COLORS.has(v.toLowerCase())) return true;
  const fn = /^([a-z-]+)\(([^()]*)\)$/i.exec(v);
  return Boolean(fn && colorFunction(fn[1].toLowerCase(), fn[2]));
}

const LENGTH_UNITS =
  "px|em|rem|ex|rex|ch|rch|cap|rcap|ic|ric|lh|rlh|vw|vh|vi|vb|vmin|vmax|svw|svh|svi|svb|svmin|svmax|" +
  "lvw|lvh|lvi|lvb|lvmin|lvmax|dvw|dvh|dvi|dvb|dvmin|dvmax|cqw|cqh|cqi|cqb|cqmin|cqmax|cm|mm|q|in|pt|pc|%";
const LENGTH = new RegExp(String.raw`^(?:0|\+?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:${LENGTH_UNITS}))$`, "i");

/** True when `value` is a non-negative CSS length or percentage (a valid border radius). */
export function isCssLength(value: string): boolean {
  return LENGTH.test(value.trim());
}
