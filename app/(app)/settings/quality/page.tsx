import type { Metadata } from "next";
import { requirePageActor } from "@/lib/accounts/next";
import { listQualitySizes, MAX_SIZE_PER_MINUTE } from "@/lib/quality";
import { SizesForm } from "./sizes/sizes-form";

export const metadata: Metadata = { title: "Quality sizes" };

export default async function QualitySizesPage() {
  const actor = await requirePageActor("admin");
  const sizes = (await listQualitySizes(actor)).toReversed();
  return <SizesForm sizes={sizes} max={MAX_SIZE_PER_MINUTE} />;
}
