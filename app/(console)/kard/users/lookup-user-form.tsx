"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { InputField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import { userIdSchema } from "./users.validation";

/** Opens any Kard user by id: the user page reads them from Kard (Get User By ID). */
export function LookupUserForm() {
  const router = useRouter();
  const form = useForm({ resolver: zodResolver(userIdSchema), defaultValues: { userId: "" } });
  return (
    <form
      className="flex flex-wrap items-start gap-2"
      role="search"
      aria-label="Look up a Kard user"
      noValidate
      onSubmit={form.handleSubmit(({ userId }) => router.push(`/kard/users/${encodeURIComponent(userId)}`))}
    >
      <InputField
        control={form.control}
        name="userId"
        id="lookup-userId"
        label="Look up a user by id"
        className="w-72"
        placeholder="e.g. a user enrolled elsewhere"
        title="Kard has no list of users; look one up by the id it was enrolled with."
        autoComplete="off"
      />
      <Button type="submit" variant="secondary" className="mt-5">
        <Search className="size-4" aria-hidden /> Look up
      </Button>
    </form>
  );
}
