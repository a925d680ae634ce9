"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Field } from "@/components/form/field";
import { FormError } from "@/components/form/form-error";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import type { SavedTheme } from "@/lib/providers/kard/webview/saved-themes";
import type { WebviewTheme } from "@/lib/providers/kard/webview/theme";
import { deleteThemeAction, saveThemeAction } from "./actions";
import { saveThemeSchema, THEME_NAME_MAX_LENGTH } from "./webview.validation";

/** The merchant's saved themes: apply one to the editor; save the current theme; delete (audited). */
export function SavedThemesPanel(props: { themes: SavedTheme[]; current: WebviewTheme | null; canManage: boolean; onApply: (theme: SavedTheme) => void }) {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: saveThemeSchema,
    action: saveThemeAction,
    defaultValues: { name: "" },
    // The theme is the editor's current one; the save button waits for it to be valid.
    prepare: (values: { name: string }) => ({ ...values, theme: props.current ?? {} }),
    onSuccess: (saved) => {
      toast.success(`Theme “${saved.name}” saved.`);
      router.refresh();
    },
  });
  const name = useWatch({ control: form.control, name: "name" });
  const replacing = props.themes.some((theme) => theme.name === name.trim());

  return (
    <div className="grid gap-5">
      {props.canManage ? (
        <form className="grid gap-2" noValidate onSubmit={submit}>
          <Field control={form.control} name="name" id="theme-name" label="Save the current theme as">
            {({ value, ...field }) => (
              <div className="flex gap-2">
                <Input {...field} value={value} maxLength={THEME_NAME_MAX_LENGTH} autoComplete="off" />
                <SubmitButton control={form.control} disabled={!props.current}>
                  {replacing ? "Replace" : "Save"}
                </SubmitButton>
              </div>
            )}
          </Field>
          <FormError control={form.control} />
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
