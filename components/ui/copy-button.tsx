"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";

import { Button, type ButtonProps } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type CopyButtonProps = Omit<ButtonProps, "onClick" | "value" | "asChild"> & {
  /** The text put on the clipboard. */
  value: string;
  /** Accessible name, e.g. "Copy order ID"; also the visible text when `showLabel`. */
  label?: string;
  showLabel?: boolean;
  /** Toast shown on success; pass null to copy silently. */
  successMessage?: string | null;
};

const COPIED_FEEDBACK_MS = 1500;

export function CopyButton({
  value,
  label = "Copy",
  showLabel = false,
  successMessage = "Copied to clipboard",
  variant = "ghost",
  size,
  className,
  ...props
}: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const id = window.setTimeout(() => setCopied(false), COPIED_FEEDBACK_MS);
    return () => window.clearTimeout(id);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      if (successMessage) toast.success(successMessage);
    } catch {
      // Clipboard access needs a secure context and the user's permission; either can be missing.
      toast.error("Could not copy to the clipboard. Select the text and copy it manually.");
    }
  }

  const Icon = copied ? CheckIcon : CopyIcon;
  return (
    <Button
      type="button"
      variant={variant}
      size={size ?? (showLabel ? "sm" : "icon")}
      className={cn(!showLabel && !size && "size-7", className)}
      aria-label={showLabel ? undefined : label}
      title={showLabel ? undefined : label}
      onClick={copy}
      data-copied={copied || undefined}
      {...props}
    >
      <Icon className={cn("size-3.5", copied && "text-success")} aria-hidden />
      {showLabel && <span>{copied ? "Copied" : label}</span>}
    </Button>
  );
}
