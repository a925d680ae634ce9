import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { KARD_WEBVIEW_URLS, SANDBOX_WEBVIEW_PATH } from "@/lib/providers/kard/webview/environment";
import { webviewFrameAncestors } from "@/lib/providers/kard/webview/frame-ancestors";
import { listPreviewUsers } from "@/lib/providers/kard/webview/preview-users";
import { listSavedThemes } from "@/lib/providers/kard/webview/saved-themes";
import { appOrigin } from "@/lib/app-origin";
import { providerMode } from "@/lib/providers/registry";
import { WebviewPreview } from "./webview-preview";

export const metadata: Metadata = { title: "Kard WebView preview" };

export default async function WebviewPreviewPage() {
  const staff = await requirePagePermission("kard.webview.preview");
  const mode = providerMode("kard");
  const webviewBase = mode === "sandbox" ? `${appOrigin()}${SANDBOX_WEBVIEW_PATH}` : KARD_WEBVIEW_URLS.test;
  const [users, themes] = await Promise.all([listPreviewUsers(), listSavedThemes()]);
  return (
    <div className="space-y-2">
      <PageHeader
        title="WebView preview"
        description="The Kard Rewards WebView as your customers see it: pick a user, brand it, answer its location requests, and take the integration with you."
      />
      <WebviewPreview
        mode={mode}
        users={users}
        themes={themes}
        webviewBase={webviewBase}
        webviewOrigin={new URL(webviewBase).origin}
        frameAncestors={webviewFrameAncestors()}
        canManageThemes={can(staff.role, "kard.webview.themes.manage")}
      />
    </div>
  );
}
