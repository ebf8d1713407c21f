import Link from "next/link";
import { organizationPath } from "@/lib/http/paths";
import type { PaperSummary } from "@/lib/papers/queries";

export function OrganizationLink({
  organization,
  className,
}: {
  organization: NonNullable<PaperSummary["organization"]>;
  className?: string;
}) {
  return (
    <Link href={organizationPath(organization.slug)} className={`hover:underline ${className ?? ""}`}>
      {organization.name}
    </Link>
  );
}
