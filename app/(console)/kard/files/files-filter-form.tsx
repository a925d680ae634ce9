import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { FILE_TYPE_RULES } from "@/lib/providers/kard/reconciliation/file-period";
import type { KardFileType } from "@/lib/providers/kard/schemas/files";
import { FILE_PAGE_SIZES, type FileListSearch } from "./files.validation";

const TYPES = Object.keys(FILE_TYPE_RULES) as KardFileType[];
const GROUPS = (["daily", "monthly"] as const).map((cadence) => [cadence, TYPES.filter((type) => FILE_TYPE_RULES[type].cadence === cadence)] as const);

/** The files filter as a plain GET form; a new filter starts again from the newest page. */
export function FilesFilterForm({ search }: { search: FileListSearch }) {
  return (
    <form action="/kard/files" method="get" role="search" aria-label="Filter files" className="grid gap-3 rounded-md border p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div className="grid gap-1.5 lg:col-span-2">
        <Label htmlFor="files-type">Type</Label>
        <NativeSelect id="files-type" name="type" defaultValue={search.type ?? ""} placeholder="All types" wrapperClassName="w-full">
          {GROUPS.map(([cadence, types]) => (
            <optgroup key={cadence} label={cadence === "daily" ? "Daily" : "Monthly"}>
              {types.map((type) => (
                <option key={type} value={type}>
                  {FILE_TYPE_RULES[type].label}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="files-from">Sent from (UTC)</Label>
        <Input id="files-from" name="from" type="date" defaultValue={search.from} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="files-to">Sent to (UTC, inclusive)</Label>
        <Input id="files-to" name="to" type="date" defaultValue={search.to} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="files-size">Per page</Label>
        <NativeSelect
          id="files-size"
          name="size"
          defaultValue={String(search.size ?? 10)}
          wrapperClassName="w-full"
          options={FILE_PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" asChild>
          <Link href="/kard/files">Clear</Link>
        </Button>
        <p className="text-sm text-muted-foreground">Without dates, Kard lists the files of the last month.</p>
      </div>
    </form>
  );
}
