import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

/** Page links keeping the list's filters (`chemin`: the list's address). */
export function Pager({
  page,
  pages,
  filters,
  chemin = "/conventions",
}: {
  page: number;
  pages: number;
  filters: Record<string, string | number | undefined | null>;
  chemin?: string;
}) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page: n }))
      if (value !== undefined && value !== null && String(value) !== "") query.set(key, String(value));
    return `${chemin}?${query}`;
  };
  return <Pagination count={pages} defaultPage={page} getPageLinkProps={(n) => ({ href: href(n) })} showFirstLast />;
}
