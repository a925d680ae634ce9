"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { kardUserId } from "./users.validation";

/** Opens any Kard user by id: the user page reads them from Kard (Get User By ID). */
export function LookupUserForm() {
  const router = useRouter();
  const [id, setId] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = kardUserId.safeParse(id);
        if (!parsed.success) return setProblem(parsed.error.issues[0].message);
        setProblem(null);
        router.push(`/kard/users/${encodeURIComponent(parsed.data)}`);
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="lookup-userId">Look up a user by id</Label>
        <Input id="lookup-userId" value={id} onChange={(e) => setId(e.target.value)} className="w-72" placeholder="e.g. a user enrolled elsewhere" aria-describedby="lookup-userId-help" />
      </div>
      <Button type="submit" variant="secondary">
        <Search className="size-4" aria-hidden /> Look up
      </Button>
      <p id="lookup-userId-help" className={problem ? "w-full text-sm text-destructive" : "sr-only"}>
        {problem ?? "Kard has no list of users; look one up by the id it was enrolled with."}
      </p>
    </form>
  );
}
