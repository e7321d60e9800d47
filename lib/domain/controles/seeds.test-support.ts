// The three real conventions as the checks read them, with everything a stored one gives them: the
// signature blocks and their power, the imputation, the parties' names from the referential. Shared
// by the checks' unit tests.
import { parseMontant } from "../money";
import { estServiceDeLEtat } from "../libelles";
import { siglesDuReferentiel } from "../hierarchie";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { ORGANISATIONS } from "@/prisma/seed/referentiel";
import type { ConventionSeed } from "@/prisma/seed/types";
import type { ConventionAControler } from "./types";

/** The referential's organisations, each known by its sigle. */
export const REFERENTIEL = ORGANISATIONS.map((o) => ({
  id: o.sigle,
  sigle: o.sigle,
  parentId: "parent" in o ? o.parent : null,
  successeurId: "successeur" in o ? o.successeur : null,
}));

export function fromSeed(seed: ConventionSeed, { complet = true } = {}): ConventionAControler {
  const { siglesConnus, sigles } = siglesDuReferentiel(
    REFERENTIEL,
    seed.parties.map((p) => p.organisation),
  );
  return {
    type: seed.type,
    ...(complet ? { titre: seed.titre } : {}),
    objet: seed.objet,
    plafondAe: seed.plafondAe ? parseMontant(seed.plafondAe) : null,
    plafondCp: seed.plafondCp ? parseMontant(seed.plafondCp) : null,
    dateDebut: seed.dateSignature ?? seed.dateConvention ?? null,
    dateFin: seed.dateFin ?? null,
    regleDuree: seed.regleDuree,
    preambule: seed.preambule,
    parties: seed.parties.map((p, i) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: p.denominations,
      etat: estServiceDeLEtat(ORGANISATIONS.find((o) => o.sigle === p.organisation)!.type),
      ...(complet ? { adresse: p.adresse, representantNom: p.representantNom, qualite: p.qualite, sigles: sigles[i] } : {}),
    })),
    basesLegales: seed.basesLegales,
    articles: seed.articles,
    echeancier: seed.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) })),
    ...(complet
      ? {
          imputation: seed.imputation,
          siglesConnus,
          signatures: seed.signatures.map((s) => ({ ...s, autorite: s.autorite ?? null })),
        }
      : {}),
  };
}

export const seed = (reference: string) => SEED_CONVENTIONS.find((s) => s.reference === reference)!;
