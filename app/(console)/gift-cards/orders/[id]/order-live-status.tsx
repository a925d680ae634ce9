"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { GiftCardOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { giftCardKeys } from "../../query-keys";

const OPEN = new Set(["PENDING", "PROCESSING"]);

/**
 * Follows an open order to fulfilment: polls the order route every 2 s while KTN is working
 * on it, and refreshes the server-rendered page when the status moves.
 */
export function OrderLiveStatus({ order }: { order: GiftCardOrderDto }) {
  const router = useRouter();
  const last = useRef(order.status);
  const { data } = useQuery({
    queryKey: giftCardKeys.order(order.id),
    queryFn: async (): Promise<{ order: GiftCardOrderDto; syncError?: string }> => {
      const res = await fetch(`/api/gift-cards/orders/${order.id}`, { cache: "no-store" });
      if (!res.ok) throw new Error(`order route answered ${res.status}`);
      return res.json();
    },
    initialData: { order },
    refetchInterval: (q) => (OPEN.has(q.state.data?.order.status ?? "") ? 2_000 : false),
  });
  const status = data.order.status;
  useEffect(() => {
    if (status !== last.current) {
      last.current = status;
      router.refresh();
    }
  }, [status, router]);
  if (!OPEN.has(status)) return data.syncError ? <p className="text-sm text-warning">{data.syncError}</p> : null;
  return (
    <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
      <Loader2 className="size-4 animate-spin" aria-hidden /> Waiting for KTN to fulfil the card…
    </p>
  );
}
