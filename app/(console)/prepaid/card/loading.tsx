import { Skeleton } from "@/components/ui/skeleton";

/** While Open Loyalty Pay answers the card inquiry. */
export default function CardLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Reading the card from Open Loyalty Pay">
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
      <Skeleton className="h-40" />
      <Skeleton className="h-64" />
    </div>
  );
}
