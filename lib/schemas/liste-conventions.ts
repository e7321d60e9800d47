// The convention list's filters, sorts and page, as the URL carries them: read by the list page,
// written back by the filter form and the pager, applied by lib/server/conventions/find-conventions.ts.
import { STATUTS, type Statut } from "@/lib/domain/statut";
import { isCalendarDate } from "@/lib/domain/dates";
import type { TypeConvention } from "@/lib/views/convention";

export const TRIS = {
  recent: "Les plus récentes",
  reference: "Référence",
  fin: "Fin la plus proche",
  plafond: "Plafond AE décroissant",
} as const;
export type Tri = keyof typeof TRIS;

export type ConventionFilters = {
  q?: string;
  statut?: Statut;
  type?: TypeConvention;
  partie?: string; // organisation id
  service?: string; // organisation id
  programme?: string;
  uo?: string;
  finAvant?: string; // "YYYY-MM-DD"
  annee?: number;
  tri?: Tri;
  page?: number;
  parPage?: number;
};

/** The last page one may ask for: far past any real list, small enough for PostgreSQL's OFFSET. */
export const PAGE_MAX = 100_000;

const TYPES = ["DELEGATION_GESTION", "CONVENTION_SERVICE", "CONVENTION_PARTENARIAT"] as const;

/** Whether any filter narrows the list (the page then offers to clear them). */
export function estFiltree(f: ConventionFilters): boolean {
  return Boolean(f.q || f.statut || f.partie || f.annee || f.type || f.service || f.programme || f.uo || f.finAvant);
}

/** Reads the filters from the URL; anything malformed is ignored rather than an error. */
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
    tri: Object.hasOwn(TRIS, one("tri") ?? "") ? (one("tri") as Tri) : undefined,
    annee: Number.isInteger(annee) && annee >= 2000 && annee <= 2100 ? annee : undefined,
    page: Number.isInteger(page) && page > 0 ? Math.min(page, PAGE_MAX) : 1,
  };
}
