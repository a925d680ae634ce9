"use client";

import { CopyButton } from "@/components/ui/copy-button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { iframeSnippet, reactNativeSnippet } from "@/lib/providers/kard/webview/snippets";
import type { WebviewTheme } from "@/lib/providers/kard/webview/theme";

/**
 * What the merchant takes away: the WebView URL for the current user and theme, and snippets
 * for a web page (iframe) and a React Native app that implement the location contract.
 */
function CodeBlock({ code, label, testId }: { code: string; label: string; testId: string }) {
  return (
    <div className="relative min-w-0">
      <CopyButton value={code} label={label} className="absolute top-2 right-2 bg-background/80" />
      <pre data-testid={testId} className="max-h-96 max-w-full overflow-auto rounded-md border bg-muted p-3 pr-10 text-xs">
        {code}
      </pre>
    </div>
  );
}

export function IntegrationPanel(props: { url: string | null; expiresAt: string | null; webviewBase: string; theme: WebviewTheme; mode: "sandbox" | "live"; frameAncestors: string[] }) {
  const snippetOptions = { webviewUrl: props.webviewBase, theme: props.theme };
  return (
    <div className="grid min-w-0 gap-5">
      <div className="grid min-w-0 gap-2">
        <h3 className="text-sm font-medium">WebView URL for this user and theme</h3>
        {props.url ? (
          <>
            <div className="flex items-start gap-2">
              <code data-testid="webview-url" className="min-w-0 flex-1 rounded-md border bg-muted p-2 font-mono text-xs break-all">
                {props.url}
              </code>
              <CopyButton value={props.url} label="Copy the WebView URL" />
            </div>
            <p className="text-xs text-muted-foreground">
              It carries the user&apos;s token{props.expiresAt ? `, valid until ${new Date(props.expiresAt).toLocaleString()}` : ""}: treat it as a secret. Your app
              fetches a fresh token per session from your backend.
            </p>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">Choose a user to get a URL.</p>
        )}
      </div>

      <div className="grid gap-2 text-sm text-muted-foreground">
        <p>
          Token: your backend calls Kard with your client credentials — SDK <code>users.auth.getWebViewToken(organizationId, userId)</code>, or REST{" "}
          <code>POST /v2/issuers/{"{organizationId}"}/users/{"{userId}"}/webview-token</code> (the REST page is missing from Kard&apos;s documentation; this path is
          our design, confirm it with Kard) — and hands only the token to the app.
        </p>
        {props.mode === "sandbox" ? (
          <p>
            The sandbox WebView may be framed by: <code>{props.frameAncestors.join(" ")}</code>. Add your app&apos;s origins with <code>KARD_WEBVIEW_FRAME_ANCESTORS</code>.
          </p>
        ) : null}
      </div>

      <Tabs defaultValue="iframe" className="min-w-0">
        <TabsList>
          <TabsTrigger value="iframe">Web page (iframe)</TabsTrigger>
          <TabsTrigger value="react-native">React Native</TabsTrigger>
        </TabsList>
        <TabsContent value="iframe" className="min-w-0">
          <CodeBlock code={iframeSnippet(snippetOptions)} label="Copy the iframe page" testId="snippet-iframe" />
        </TabsContent>
        <TabsContent value="react-native" className="min-w-0">
          <CodeBlock code={reactNativeSnippet(snippetOptions)} label="Copy the React Native component" testId="snippet-react-native" />
        </TabsContent>
      </Tabs>
    </div>
  );
}
