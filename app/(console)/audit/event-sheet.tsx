"use client";

import { PanelRightOpen } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetBody, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

/** A side sheet opened from a table row; its body is rendered on the server and passed in. */
export function EventSheet({ seq, title, description, children }: { seq: number; title: string; description: string; children: ReactNode }) {
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="size-8" aria-label={`Details of event ${seq}`} title="Details">
          <PanelRightOpen aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent className="sm:max-w-xl">
        <SheetHeader>
          <SheetTitle className="font-mono">{title}</SheetTitle>
          <SheetDescription>{description}</SheetDescription>
        </SheetHeader>
        <SheetBody className="pb-6">{children}</SheetBody>
      </SheetContent>
    </Sheet>
  );
}
