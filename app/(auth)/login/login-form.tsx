"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import { InputField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { signInAction } from "./actions";
import { loginSchema } from "./login.validation";

/**
 * Staff sign-in. The fields are checked in the browser with the action's own schema before the
 * form is posted; without JavaScript the form posts as it is and the action checks it alone.
 */
export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, {});
  const form = useForm({ resolver: zodResolver(loginSchema), defaultValues: { email: state.email ?? "", password: "", next: next ?? "" } });
  const busy = pending || form.formState.isSubmitting;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        const posted = event.currentTarget;
        void form.handleSubmit(() => startTransition(() => action(new FormData(posted))))(event);
      }}
      className="grid gap-4"
      noValidate
    >
      <input type="hidden" name="next" value={next ?? ""} />
      <InputField control={form.control} name="email" id="email" label="Email" type="email" autoComplete="username" autoFocus />
      <InputField control={form.control} name="password" id="password" label="Password" type="password" autoComplete="current-password" />
      {state.error ? (
        <p role="alert" className="text-sm text-destructive">
          {state.error}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
