import { Download, FileSearch, FileX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listFiles, type FileRow } from "@/lib/providers/kard/operations/files";
import { FilesFilterForm } from "./files-filter-form";
import { fileHintQuery, fileListSearchSchema, type FileListSearch } from "./files.validation";

export const metadata: Metadata = { title: "Kard reconciliation files" };

function href(search: FileListSearch): string {
  const params = new URLSearchParams(
    Object.entries(search)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  return params ? `/kard/files?${params}` : "/kard/files";
}

function FilesTable({ files }: { files: FileRow[] }) {
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>File</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Sent</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {files.map((file) => {
            const query = fileHintQuery(file);
            return (
              <TableRow key={file.id} data-testid="file-row">
                <TableCell>
                  <Link href={`/kard/files/${encodeURIComponent(file.id)}?${query}`} className="font-mono text-sm font-medium underline-offset-4 hover:underline">
                    {file.fileName}
                  </Link>
                </TableCell>
                <TableCell>
                  <Badge variant={file.type === "monthlyReconciliationFile" ? "info" : "outline"}>{file.typeLabel}</Badge>
                </TableCell>
                <TableCell>
                  <span className="grid">
                    <RelativeTime date={file.sentAt} />
                    {file.lastModified !== file.sentAt ? (
                      <span className="text-xs text-muted-foreground">
                        modified <RelativeTime date={file.lastModified} />
                      </span>
                    ) : null}
                  </span>
                </TableCell>
                <TableCell className="text-right whitespace-nowrap">
                  <Button variant="ghost" size="icon" asChild>
                    <Link href={`/kard/files/${encodeURIComponent(file.id)}?${query}`} aria-label={`Compare ${file.fileName}`} title="Compare with webhooks">
                      <FileSearch className="size-4" aria-hidden />
                    </Link>
                  </Button>
                  <Button variant="ghost" size="icon" asChild>
                    <a href={`/api/kard/files/${encodeURIComponent(file.id)}?${query}`} download aria-label={`Download ${file.fileName}`} title="Download">
                      <Download className="size-4" aria-hidden />
                    </a>
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

export default async function KardFilesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePagePermission("kard.files.read");
  const search = fileListSearchSchema.parse(await searchParams);
  const filters = { type: search.type, from: search.from, to: search.to, size: search.size };
  const header = (
    <PageHeader
      title="Reconciliation files"
      description="The daily and monthly files Kard publishes. Download one, or compare its rows with the rewards this console received by webhook."
    />
  );
  const form = <FilesFilterForm search={search} />;

  if (search.from && search.to && search.from > search.to) {
    return (
      <div className="space-y-6">
        {header}
        {form}
        <EmptyState icon={FileX} title="The date range is empty" description="“From” is after “To”. Swap the dates or clear one of them." />
      </div>
    );
  }

  let page: Awaited<ReturnType<typeof listFiles>>;
  try {
    page = await listFiles(search);
  } catch (error) {
    return (
      <div className="space-y-6">
        {header}
        {form}
        <ProviderUnavailable error={error} what="Kard's reconciliation files" />
      </div>
    );
  }
  const filtered = Boolean(search.type || search.from || search.to);

  return (
    <div className="space-y-6">
      {header}
      {form}
      {page.files.length === 0 ? (
        <EmptyState
          icon={FileX}
          title={search.after || search.before ? "No more files" : "No files"}
          description={
            filtered
              ? "No file matches these filters. Widen the dates or choose another type."
              : "Kard has published no reconciliation file in the last month. Daily files appear the morning after each day."
          }
          action={
            filtered ? (
              <Button variant="outline" asChild>
                <Link href="/kard/files">Clear filters</Link>
              </Button>
            ) : undefined
          }
        />
      ) : (
        <FilesTable files={page.files} />
      )}
      <nav aria-label="Pages" className="flex justify-end gap-2">
        {page.prev ? (
          <Button variant="outline" asChild>
            <Link href={href({ ...filters, before: page.prev })}>Newer files</Link>
          </Button>
        ) : null}
        {page.next ? (
          <Button variant="outline" asChild>
            <Link href={href({ ...filters, after: page.next })}>Older files</Link>
          </Button>
        ) : null}
      </nav>
    </div>
  );
}
