"use client";

import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { COLOR_TOKENS, KARD_DEFAULT_THEME, LABEL_KEYS, RADIUS_TOKENS, type ColorToken, type LabelKey, type RadiusToken } from "@/lib/providers/kard/webview/theme";
import { THEME_PRESETS } from "./presets";
import { ColorField, TextField } from "./theme-fields";
import { themeToDraft, type ThemeDraft } from "./theme-draft";

/**
 * The theme editor: every documented token for light and dark (colour picker + CSS text),
 * the four radii, the three labels, showMap and the mode; presets, reset to Kard's defaults,
 * and the encoded `theme` value. Empty fields keep Kard's default (shown as placeholder).
 * Source: Kard seed, "WebView" › "theme", "labels", "layout".
 */
const COLOR_LABELS: Record<ColorToken, string> = {
  background: "Page background",
  primary: "Primary (brand)",
  buttonPrimaryTextColor: "Text on primary buttons",
  secondary: "Secondary",
  buttonSecondaryTextColor: "Text on secondary buttons",
  textPrimary: "Primary text",
  textSecondary: "Secondary text",
  cardBackgroundColor: "Card background",
  border: "Border",
  linkColor: "Links and text buttons",
};
const RADIUS_LABELS: Record<RadiusToken, string> = { radius: "Buttons", chipRadius: "Filter chips", imageRadius: "Images (logos)", cardRadius: "Cards" };
const TITLE_LABELS: Record<LabelKey, string> = { rewardsTitle: "Rewards page title", nearbyOffersTitle: "Nearby offers title", offersTitle: "Offers page title" };
const MODE_OPTIONS = [
  { value: "", label: "Not set (Kard's default)" },
  { value: "system", label: "System (follows the device)" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export interface ThemeEditorProps {
  draft: ThemeDraft;
  errors: Record<string, string>;
  encoded: string | null;
  json: string | null;
  onChange: (draft: ThemeDraft) => void;
}

export function ThemeEditor({ draft, errors, encoded, json, onChange }: ThemeEditorProps) {
  const set = (patch: Partial<ThemeDraft>) => onChange({ ...draft, ...patch });
  const colors = (scope: "light" | "dark") => (
    <div className="grid gap-3 sm:grid-cols-2">
      {COLOR_TOKENS.map((token) => (
        <ColorField
          key={token}
          label={COLOR_LABELS[token]}
          token={token}
          scope={scope === "light" ? "Light mode" : "Dark mode"}
          value={draft[scope][token]}
          fallback={KARD_DEFAULT_THEME.styles[scope][token]}
          error={errors[`styles.${scope}.${token}`]}
          onChange={(value) => set({ [scope]: { ...draft[scope], [token]: value } })}
        />
      ))}
    </div>
  );

  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <Label htmlFor="theme-preset" className="text-xs font-normal">
            Preset
          </Label>
          <NativeSelect
            id="theme-preset"
            value=""
            onChange={(event) => {
              const preset = THEME_PRESETS.find((p) => p.name === event.target.value);
              if (preset) onChange(themeToDraft(preset.theme));
            }}
            placeholder="Apply a preset…"
            options={THEME_PRESETS.map((preset) => ({ value: preset.name, label: preset.name }))}
          />
        </div>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange(themeToDraft({}))}>
          <RotateCcw className="size-4" aria-hidden /> Reset to Kard&apos;s defaults
        </Button>
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <div className="grid gap-1">
          <Label htmlFor="theme-mode" className="justify-between text-xs font-normal">
            <span>Theme mode</span>
            <code className="text-muted-foreground">theme</code>
          </Label>
          <NativeSelect id="theme-mode" wrapperClassName="w-full" value={draft.mode} onChange={(event) => set({ mode: event.target.value as ThemeDraft["mode"] })} options={MODE_OPTIONS} />
        </div>
        <div className="flex items-center justify-between gap-3 rounded-md border px-3 py-2">
          <Label htmlFor="theme-show-map" className="text-xs font-normal">
            Nearby-offers map on the rewards page <code className="text-muted-foreground">layout.showMap</code>
          </Label>
          <Switch id="theme-show-map" checked={draft.showMap} onCheckedChange={(showMap) => set({ showMap })} />
        </div>
      </div>

      <Tabs defaultValue="light">
        <TabsList>
          <TabsTrigger value="light">Light colours</TabsTrigger>
          <TabsTrigger value="dark">Dark colours</TabsTrigger>
        </TabsList>
        <TabsContent value="light">{colors("light")}</TabsContent>
        <TabsContent value="dark">{colors("dark")}</TabsContent>
      </Tabs>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium">Radii (CSS lengths)</legend>
        {RADIUS_TOKENS.map((token) => (
          <TextField
            key={token}
            label={RADIUS_LABELS[token]}
            code={token}
            mono
            value={draft.radii[token]}
            placeholder={KARD_DEFAULT_THEME.styles.layout[token]}
            error={errors[`styles.layout.${token}`]}
            onChange={(value) => set({ radii: { ...draft.radii, [token]: value } })}
          />
        ))}
      </fieldset>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium">Labels</legend>
        {LABEL_KEYS.map((key) => (
          <TextField
            key={key}
            label={TITLE_LABELS[key]}
            code={`labels.${key}`}
            value={draft.labels[key]}
            placeholder={KARD_DEFAULT_THEME.labels[key]}
            error={errors[`labels.${key}`]}
            onChange={(value) => set({ labels: { ...draft.labels, [key]: value } })}
          />
        ))}
      </fieldset>

      <div className="grid gap-2 rounded-md border bg-muted/40 p-3">
        <div className="flex items-center justify-between gap-2">
          <span className="text-sm font-medium">
            Encoded <code>theme</code> parameter
          </span>
          {encoded ? <CopyButton value={encoded} label="Copy the encoded theme" /> : null}
        </div>
        {encoded === null ? (
          <p className="text-sm text-destructive" role="alert">
            Fix the highlighted fields: the preview keeps the last valid theme.
          </p>
        ) : (
          <>
            <code data-testid="encoded-theme" className="block font-mono text-xs break-all">
              {encoded || "(no overrides: the theme parameter is left out)"}
            </code>
            {json && json !== "{}" ? (
              <details>
                <summary className="cursor-pointer text-xs text-muted-foreground">Decoded JSON</summary>
                <pre className="mt-2 max-h-64 overflow-auto text-xs">{json}</pre>
              </details>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
