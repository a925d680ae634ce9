import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/shell/not-found-message";

export const metadata: Metadata = { title: "Not found" };

/** A console page that called notFound() (an unknown order, operation or webhook id), inside the console layout. */
export default function ConsoleNotFound() {
  return <NotFoundMessage signedIn />;
}
