// Reading existing conventions and avenants (issue 20): lines in, a structured document out.
export { extraireDocument, lignesDeLExtraction, versControle, type ContexteImport, type ConventionVisee } from "./extraire";
export { joindreCoupures, lignesDuTexte, nettoyerTexte, type Boite, type Cellule, type Ligne, type Source } from "./lignes";
export { organisationsConnues, type OrganisationConnue } from "./parties";
export * from "./resultat";
export { conventionsCandidates, type Candidate, type ConventionConnue } from "./convention-visee";
export {
  appliquerRevue,
  champsDeRevue,
  constatsApresRevue,
  lireValeur,
  restantsAVerifier,
  type ChampRevue,
  type NatureChamp,
  type Revue,
} from "./revue";
