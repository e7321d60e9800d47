// Reads the list's filters from the URL; anything malformed is ignored rather than an error.
import { STATUTS, type Statut } from "@/lib/domain/statut";
import type { ConventionFilters } from "./find-conventions";

export function parseListParams(params: Record<string, string | string[] | undefined>): ConventionFilters {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const statut = one("statut");
  const annee = Number(one("annee"));
  const page = Number(one("page"));
  return {
    q: one("q")?.slice(0, 200),
    statut: statut && (STATUTS as readonly string[]).includes(statut) ? (statut as Statut) : undefined,
    partie: one("partie")?.slice(0, 40),
    annee: Number.isInteger(annee) && annee >= 2000 && annee <= 2100 ? annee : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
