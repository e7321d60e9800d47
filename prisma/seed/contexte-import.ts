// The demo referential (organisations, legal texts) as the import knows it: what `npm run import`
// matches against when it is not given the app's database.
import { organisationsConnues, type ContexteImport } from "../../lib/domain/import";
import { ORGANISATIONS, TEXTES } from "./referentiel";

export const CONTEXTE_DEMO: ContexteImport = {
  referentiel: organisationsConnues(
    ORGANISATIONS.map((o) => ({
      id: o.sigle,
      sigle: o.sigle,
      nom: o.nom,
      parentId: "parent" in o ? o.parent : null,
      successeurId: "successeur" in o ? o.successeur : null,
    })),
  ),
  textes: TEXTES.map((t) => ({ nature: t.nature, numero: t.numero })),
};
