import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { ConventionFilters } from "@/lib/schemas/liste-conventions";

export function Pager({ page, pages, filters }: { page: number; pages: number; filters: ConventionFilters }) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page: n }))
      if (value !== undefined && value !== "") query.set(key, String(value));
    return `/conventions?${query}`;
  };
  return <Pagination count={pages} defaultPage={page} getPageLinkProps={(n) => ({ href: href(n) })} showFirstLast />;
}
