"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { kvitkaKeys } from "../../query-keys";

/** Polls the operation every 2 s and refreshes the server-rendered page when it changes. */
export function OperationLive({ operation }: { operation: KvitkaOperationDto }) {
  const router = useRouter();
  const last = useRef(operation.updatedAt);
  const { data } = useQuery({
    queryKey: kvitkaKeys.operation(operation.id),
    queryFn: async (): Promise<{ operation: KvitkaOperationDto }> => {
      const res = await fetch(`/api/kvitka/operations/${operation.id}`, { cache: "no-store" });
      if (!res.ok) throw new Error(`operation route answered ${res.status}`);
      return res.json();
    },
    initialData: { operation },
    refetchInterval: 2_000,
  });
  const updatedAt = data.operation.updatedAt;
  useEffect(() => {
    if (updatedAt !== last.current) {
      last.current = updatedAt;
      router.refresh();
    }
  }, [updatedAt, router]);
  return null;
}
