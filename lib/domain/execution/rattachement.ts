// Which convention each line of an extract belongs to: by its centre financier (the UO the
// convention delegates), refined by domaine fonctionnel and activité when the convention names them,
// then by the convention's period. Lines of other UOs are not ours: counted, not imported.
import type { CalendarDate } from "../dates";
import type { MouvementLu } from "./extrait";

export type ConventionARattacher = {
  id: string;
  reference: string;
  centreFinancier: string | null;
  domaineFonctionnel: string | null;
  activite: string | null;
  debut: CalendarDate | null; // signature (or the convention's date)
  fin: CalendarDate | null;
};

export type Rattachement =
  { ok: true; conventionId: string } | { ok: false; raison: "AUTRE_UO" } | { ok: false; raison: "AMBIGU"; references: string[] };

/** A CHORUS code compared as CHORUS does: case and spaces aside. */
export const normaliserCode = (v: string | null | undefined) => (v ?? "").toUpperCase().replace(/\s+/g, "");
const norm = normaliserCode;

function compatible(m: MouvementLu, c: ConventionARattacher): boolean {
  if (!c.centreFinancier || norm(c.centreFinancier) !== norm(m.centreFinancier)) return false;
  if (c.domaineFonctionnel && m.domaineFonctionnel && norm(c.domaineFonctionnel) !== norm(m.domaineFonctionnel)) return false;
  if (c.activite && m.activite && norm(c.activite) !== norm(m.activite)) return false;
  return true;
}

const dansLaPeriode = (m: MouvementLu, c: ConventionARattacher) =>
  (!c.debut || m.date >= `${c.debut.slice(0, 4)}-01-01`) && (!c.fin || m.date <= `${Number(c.fin.slice(0, 4)) + 1}-12-31`);

/** One line's convention; `choisie`: the import was started from that convention's page. */
export function rattacher(m: MouvementLu, conventions: readonly ConventionARattacher[], choisie?: string | null): Rattachement {
  if (choisie) {
    const c = conventions.find((x) => x.id === choisie);
    return c && compatible(m, c) ? { ok: true, conventionId: c.id } : { ok: false, raison: "AUTRE_UO" };
  }
  let candidates = conventions.filter((c) => compatible(m, c));
  if (candidates.length > 1) {
    const precises = candidates.filter((c) => dansLaPeriode(m, c));
    if (precises.length) candidates = precises;
  }
  if (candidates.length === 0) return { ok: false, raison: "AUTRE_UO" };
  if (candidates.length > 1) return { ok: false, raison: "AMBIGU", references: candidates.map((c) => c.reference) };
  return { ok: true, conventionId: candidates[0]!.id };
}
