"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { SavedTheme } from "@/lib/providers/kard/webview/saved-themes";
import type { WebviewTheme } from "@/lib/providers/kard/webview/theme";
import { deleteThemeAction, saveThemeAction } from "./actions";
import { THEME_NAME_MAX_LENGTH } from "./webview.validation";

/** The merchant's saved themes: apply one to the editor; save the current theme; delete (audited). */
export function SavedThemesPanel(props: { themes: SavedTheme[]; current: WebviewTheme | null; canManage: boolean; onApply: (theme: SavedTheme) => void }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const replacing = props.themes.some((theme) => theme.name === name.trim());

  const save = () =>
    startTransition(async () => {
      if (!props.current) return;
      const result = await saveThemeAction({ name, theme: props.current });
      if (!result.ok) {
        setNameError(result.error.fieldErrors?.name?.join(" ") ?? null);
        toast.error(result.error.message);
        return;
      }
      setNameError(null);
      toast.success(`Theme “${result.data.name}” saved.`);
      router.refresh();
    });

  return (
    <div className="grid gap-5">
      {props.canManage ? (
        <form
          className="grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <Label htmlFor="theme-name">Save the current theme as</Label>
          <div className="flex gap-2">
            <Input id="theme-name" value={name} maxLength={THEME_NAME_MAX_LENGTH} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(nameError)} />
            <Button type="submit" disabled={pending || !name.trim() || !props.current}>
              {replacing ? "Replace" : "Save"}
            </Button>
          </div>
          {nameError ? <p className="text-xs text-destructive">{nameError}</p> : null}
          {!props.current ? <p className="text-xs text-muted-foreground">Fix the theme&apos;s invalid fields before saving it.</p> : null}
        </form>
      ) : (
        <p className="text-sm text-muted-foreground">Your role can apply saved themes but not save or delete them.</p>
      )}

      {props.themes.length === 0 ? (
        <p className="text-sm text-muted-foreground">No saved themes yet.</p>
      ) : (
        <ul className="grid gap-2">
          {props.themes.map((theme) => (
            <li key={theme.id} data-testid="saved-theme" className="flex items-center justify-between gap-2 rounded-md border px-3 py-2">
              <div className="min-w-0">
                <div className="truncate text-sm font-medium">{theme.name}</div>
                <div className="text-xs text-muted-foreground">
                  Updated {new Date(theme.updatedAt).toLocaleString()}
                  {theme.createdByEmail ? ` · created by ${theme.createdByEmail}` : ""}
                </div>
              </div>
              <div className="flex shrink-0 gap-1">
                <Button type="button" variant="outline" size="sm" onClick={() => props.onApply(theme)}>
                  Apply
                </Button>
                {props.canManage ? (
                  <ConfirmDialog
                    trigger={
                      <Button type="button" variant="ghost" size="icon" aria-label={`Delete the theme ${theme.name}`}>
                        <Trash2 className="size-4" aria-hidden />
                      </Button>
                    }
                    title={`Delete the theme “${theme.name}”?`}
                    description="It disappears for every staff member. Apps already using its encoded value are not affected."
                    confirmLabel="Delete theme"
                    pendingLabel="Deleting…"
                    onConfirm={async () => {
                      const result = await deleteThemeAction({ id: theme.id });
                      if (!result.ok) {
                        toast.error(result.error.message);
                        return false;
                      }
                      toast.success(`Theme “${theme.name}” deleted.`);
                      router.refresh();
                    }}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
