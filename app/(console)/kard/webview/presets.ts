import type { WebviewTheme } from "@/lib/providers/kard/webview/theme";

/** Starting points for the theme editor ("Kard defaults" = no overrides at all). */
export const THEME_PRESETS: { name: string; theme: WebviewTheme }[] = [
  { name: "Kard defaults", theme: {} },
  {
    name: "Ocean",
    theme: {
      styles: {
        light: { primary: "#0b7285", buttonPrimaryTextColor: "#ffffff", secondary: "#c5f6fa", buttonSecondaryTextColor: "#0b3d46", background: "#f1fbfc", linkColor: "#0b7285" },
        dark: { primary: "#66d9e8", buttonPrimaryTextColor: "#04262b", secondary: "#0b3d46", buttonSecondaryTextColor: "#c5f6fa", background: "#061b1f", cardBackgroundColor: "#0c2a30", border: "#164e57", linkColor: "#66d9e8" },
        layout: { radius: "10px", cardRadius: "16px" },
      },
    },
  },
  {
    name: "Forest",
    theme: {
      styles: {
        light: { primary: "#2b8a3e", buttonPrimaryTextColor: "#ffffff", secondary: "#d3f9d8", buttonSecondaryTextColor: "#1b4d26", textPrimary: "#16291b", linkColor: "#2b8a3e" },
        dark: { primary: "#8ce99a", buttonPrimaryTextColor: "#0d2412", secondary: "#1b4d26", buttonSecondaryTextColor: "#d3f9d8", background: "#0d1a10", cardBackgroundColor: "#132a18", border: "#1f4428", linkColor: "#8ce99a" },
      },
    },
  },
  {
    name: "Square and dark",
    theme: { theme: "dark", styles: { layout: { radius: "0", chipRadius: "2px", imageRadius: "4px", cardRadius: "0" } } },
  },
];

/** City points for LOCATION_RESPONSE (New York is the guide's example point). Degrees, accuracy in metres. */
export const CITY_PRESETS: { name: string; latitude: number; longitude: number; accuracy: number }[] = [
  { name: "New York, NY", latitude: 40.7128, longitude: -74.006, accuracy: 10 },
  { name: "Atlanta, GA", latitude: 33.749, longitude: -84.388, accuracy: 25 },
  { name: "Philadelphia, PA", latitude: 39.9526, longitude: -75.1652, accuracy: 25 },
  { name: "Chicago, IL", latitude: 41.8781, longitude: -87.6298, accuracy: 25 },
  { name: "San Francisco, CA", latitude: 37.7749, longitude: -122.4194, accuracy: 25 },
  { name: "Austin, TX", latitude: 30.2672, longitude: -97.7431, accuracy: 25 },
  { name: "Reykjavík (no offers)", latitude: 64.1466, longitude: -21.9426, accuracy: 50 },
];

/** ERROR texts the guide's platform examples send. */
export const ERROR_PRESETS = ["Location permission not granted", "Unable to get location", "Location request failed"];
