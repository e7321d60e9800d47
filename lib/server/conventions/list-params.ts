// Reads the list's filters from the URL; anything malformed is ignored rather than an error.
import { STATUTS, type Statut } from "@/lib/domain/statut";
import { isCalendarDate } from "@/lib/domain/dates";
import { TRIS, type ConventionFilters, type Tri } from "./find-conventions";

const TYPES = ["DELEGATION_GESTION", "CONVENTION_SERVICE", "CONVENTION_PARTENARIAT"] as const;

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
    type: (TYPES as readonly string[]).includes(one("type") ?? "") ? (one("type") as ConventionFilters["type"]) : undefined,
    service: one("service")?.slice(0, 40),
    programme: one("programme")?.slice(0, 20),
    uo: one("uo")?.slice(0, 40),
    finAvant: one("finAvant") && isCalendarDate(one("finAvant")!) ? one("finAvant") : undefined,
    tri: one("tri") && one("tri")! in TRIS ? (one("tri") as Tri) : undefined,
    annee: Number.isInteger(annee) && annee >= 2000 && annee <= 2100 ? annee : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
