"use client";

import { AlertTriangle, RefreshCw } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { webviewUrl } from "@/lib/providers/kard/webview/environment";
import type { PreviewUser } from "@/lib/providers/kard/webview/preview-users";
import type { SavedTheme } from "@/lib/providers/kard/webview/saved-themes";
import { encodeTheme, isEmptyTheme, normalizeTheme, type WebviewTheme } from "@/lib/providers/kard/webview/theme";
import { issuePreviewTokenAction } from "./actions";
import { DEVICES, DeviceFrame, type DeviceKey } from "./device-frame";
import { IntegrationPanel } from "./integration-panel";
import { answerFromForm, formFromCity, LocationPanel, type AnswerForm } from "./location-panel";
import { SavedThemesPanel } from "./saved-themes-panel";
import { draftToTheme, themeToDraft, type ThemeDraft } from "./theme-draft";
import { ThemeEditor } from "./theme-editor";
import { useLocationResponder } from "./use-location-responder";

/** Refresh the token this long before it expires, so the frame never shows an expired link. */
const TOKEN_REFRESH_MARGIN_MS = 60_000;
/** Typing pauses this long before the frame reloads with the new theme. */
const PREVIEW_DEBOUNCE_MS = 350;

export interface WebviewPreviewProps {
  mode: "sandbox" | "live";
  users: PreviewUser[];
  themes: SavedTheme[];
  /** Where the WebView is served: the sandbox page, or Kard's test environment. */
  webviewBase: string;
  webviewOrigin: string;
  frameAncestors: string[];
  canManageThemes: boolean;
}

interface IssuedToken {
  userId: string;
  token: string;
  expiresAt: string;
}

export function WebviewPreview(props: WebviewPreviewProps) {
  const [userId, setUserId] = useState(props.users[0]?.id ?? "");
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const [device, setDevice] = useState<DeviceKey>("ios");
  const [frameKey, setFrameKey] = useState(0);
  const [draft, setDraft] = useState<ThemeDraft>(() => themeToDraft({}));
  const [lastValid, setLastValid] = useState<WebviewTheme>({});
  const [previewTheme, setPreviewTheme] = useState<WebviewTheme>({});
  const [answerForm, setAnswerForm] = useState<AnswerForm>(() => formFromCity(0, { auto: true, kind: "location", latitude: "", longitude: "", accuracy: "", error: "Location permission not granted" }));
  const frameRef = useRef<HTMLIFrameElement>(null);

  const draftResult = useMemo(() => draftToTheme(draft), [draft]);
  const { answer, problems } = answerFromForm(answerForm);
  const responder = useLocationResponder({ webviewOrigin: props.webviewOrigin, frameRef, answer: answerForm.auto ? answer : null });

  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    issuePreviewTokenAction({ userId }).then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setIssued({ userId, ...result.data });
        setTokenError(null);
      } else {
        setIssued(null);
        setTokenError(result.error.message);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [userId, refreshes]);

  useEffect(() => {
    if (!issued) return;
    const delay = Math.max(0, new Date(issued.expiresAt).getTime() - Date.now() - TOKEN_REFRESH_MARGIN_MS);
    const timer = window.setTimeout(() => setRefreshes((n) => n + 1), delay);
    return () => window.clearTimeout(timer);
  }, [issued]);

  useEffect(() => {
    const timer = window.setTimeout(() => setPreviewTheme(lastValid), PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [lastValid]);

  const editDraft = (next: ThemeDraft) => {
    setDraft(next);
    const result = draftToTheme(next);
    if (result.ok) setLastValid(result.theme);
  };

  const token = issued?.userId === userId ? issued : null;
  const frameSrc = token ? webviewUrl(props.webviewBase, { token: token.token, theme: previewTheme }) : null;
  const handoffUrl = token && draftResult.ok ? webviewUrl(props.webviewBase, { token: token.token, theme: draftResult.theme }) : null;
  const currentTheme = draftResult.ok ? draftResult.theme : null;
  const encoded = currentTheme ? (isEmptyTheme(currentTheme) ? "" : encodeTheme(currentTheme)) : null;

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <section aria-label="Preview" className="flex h-[calc(100dvh-2rem)] min-h-[32rem] flex-col gap-3 xl:sticky xl:top-4 xl:order-last xl:self-start">
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid min-w-56 flex-1 gap-1">
            <Label htmlFor="preview-user" className="text-xs font-normal">
              Show the WebView for
            </Label>
            <NativeSelect id="preview-user" wrapperClassName="w-full" value={userId} onChange={(e) => setUserId(e.target.value)} disabled={props.users.length === 0}>
              {(["persona", "enrolled"] as const).map((kind) => {
                const group = props.users.filter((user) => user.kind === kind);
                return group.length > 0 ? (
                  <optgroup key={kind} label={kind === "persona" ? "Sandbox personas" : "Enrolled users"}>
                    {group.map((user) => (
                      <option key={user.id} value={user.id}>
                        {user.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </NativeSelect>
          </div>
          <div role="group" aria-label="Device" className="flex gap-1">
            {(Object.keys(DEVICES) as DeviceKey[]).map((key) => (
              <Button key={key} type="button" size="sm" variant={device === key ? "default" : "outline"} aria-pressed={device === key} title={DEVICES[key].label} onClick={() => setDevice(key)}>
                {key === "ios" ? "iPhone" : key === "android" ? "Android" : "Desktop"}
              </Button>
            ))}
          </div>
          <Button type="button" size="icon" variant="ghost" aria-label="Reload the WebView" title="Reload the WebView" onClick={() => setFrameKey((n) => n + 1)} disabled={!frameSrc}>
            <RefreshCw className="size-4" aria-hidden />
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <Badge variant={props.mode === "live" ? "default" : "secondary"}>{props.mode === "live" ? "Kard test environment" : "Sandbox WebView"}</Badge>
          <span className="break-all">{props.webviewBase}</span>
        </div>
        {tokenError ? (
          <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground">
            <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden /> Kard did not issue a WebView token: {tokenError}
          </p>
        ) : null}
        <DeviceFrame
          key={frameKey}
          device={device}
          address={frameSrc ?? props.webviewBase}
          frameRef={frameRef}
          src={frameSrc}
          onLoad={() => responder.note("WebView loaded")}
          placeholder={props.users.length === 0 ? "No enrolled users yet: enrol one under Kard → Users." : tokenError ? "No token, no preview." : "Getting a WebView token…"}
        />
      </section>

      <section aria-label="Settings" className="min-w-0">
        <Tabs defaultValue="theme" className="min-w-0">
          <TabsList className="flex w-full">
            <TabsTrigger value="theme">Theme</TabsTrigger>
            <TabsTrigger value="location">Location</TabsTrigger>
            <TabsTrigger value="integration">Integration</TabsTrigger>
            <TabsTrigger value="saved">Saved themes</TabsTrigger>
          </TabsList>
          <TabsContent value="theme" className="min-w-0 pt-3">
            <ThemeEditor
              draft={draft}
              errors={draftResult.ok ? {} : draftResult.errors}
              encoded={encoded}
              json={currentTheme ? JSON.stringify(normalizeTheme(currentTheme), null, 2) : null}
              onChange={editDraft}
            />
          </TabsContent>
          <TabsContent value="location" className="min-w-0 pt-3">
            <LocationPanel
              form={answerForm}
              onChange={setAnswerForm}
              problems={problems}
              canSend={responder.requests > 0 && answer !== null}
              onSend={() => answer && responder.reply(answer)}
              webviewOrigin={props.webviewOrigin}
              log={responder.log}
              onClear={responder.clear}
            />
          </TabsContent>
          <TabsContent value="integration" className="min-w-0 pt-3">
            <IntegrationPanel url={handoffUrl} expiresAt={token?.expiresAt ?? null} webviewBase={props.webviewBase} theme={currentTheme ?? lastValid} mode={props.mode} frameAncestors={props.frameAncestors} />
          </TabsContent>
          <TabsContent value="saved" className="min-w-0 pt-3">
            <SavedThemesPanel themes={props.themes} current={currentTheme} canManage={props.canManageThemes} onApply={(saved) => editDraft(themeToDraft(saved.theme))} />
          </TabsContent>
        </Tabs>
      </section>
    </div>
  );
}
