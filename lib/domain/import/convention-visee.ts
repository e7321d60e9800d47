// The convention an imported avenant amends, among the app's: by its reference when the text gives
// one, else by its date (of the convention, or of its last signature) and its parties, then its
// purpose. Each candidate says why it was proposed; none is chosen for the user when two tie.
import { plier } from "./lignes";
import type { DocumentLu } from "./resultat";

export type ConventionConnue = {
  id: string;
  reference: string;
  titre: string;
  objet: string | null;
  dateConvention: string | null;
  dateSignature: string | null;
  /** The sigles of its parties' organisations, with their predecessors and successors. */
  sigles: readonly string[];
};

export type Candidate = { id: string; reference: string; score: number; raisons: string[] };

const mots = (t: string) =>
  new Set(
    plier(t)
      .split(/[^a-z0-9]+/)
      .filter((m) => m.length > 3),
  );

export function conventionsCandidates(
  avenant: DocumentLu,
  conventions: readonly ConventionConnue[],
): { candidates: Candidate[]; certaine: Candidate | null } {
  const visee = avenant.avenant?.convention;
  if (!visee) return { candidates: [], certaine: null };
  const siglesAvenant = new Set(avenant.parties.flatMap((p) => [p.organisation, p.sigleLu]).filter((s): s is string => Boolean(s)));
  const motsObjet = visee.objet ? mots(visee.objet) : new Set<string>();
  const candidates = conventions
    .map((c): Candidate => {
      const raisons: string[] = [];
      let score = 0;
      if (visee.reference && plier(c.reference) === plier(visee.reference)) {
        score += 10;
        raisons.push(`référence ${c.reference}`);
      }
      if (visee.date && (c.dateConvention === visee.date || c.dateSignature === visee.date)) {
        score += 4;
        raisons.push(`du ${visee.date.split("-").reverse().join("/")}`);
      }
      const communes = c.sigles.filter((s) => siglesAvenant.has(s));
      if (communes.length) {
        score += Math.min(new Set(communes).size, 2) * 2;
        raisons.push(`parties ${[...new Set(communes)].join(", ")}`);
      }
      if (motsObjet.size) {
        const leurs = mots(`${c.titre} ${c.objet ?? ""}`);
        const partages = [...motsObjet].filter((m) => leurs.has(m)).length;
        if (partages / motsObjet.size >= 0.5) {
          score += 2;
          raisons.push("même objet");
        }
      }
      return { id: c.id, reference: c.reference, score, raisons };
    })
    .filter((c) => c.score >= 4)
    .sort((a, b) => b.score - a.score);
  const [premiere, seconde] = candidates;
  const certaine =
    premiere && (premiere.score >= 10 || (premiere.score >= 7 && (!seconde || premiere.score - seconde.score >= 2))) ? premiere : null;
  return { candidates, certaine };
}
