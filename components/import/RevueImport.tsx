"use client";
// The review of an import: its reading followed until done (the page asks the server again every
// two seconds), then the original beside what was read — the fields to check first (confidence
// under 0.8), every other field, each with « Voir » (its passage outlined in the original),
// « Corriger » and, when flagged, « Accepter » —, the findings of the app's checks on the document as
// corrected (asked again of the server after each change), and the two ways to save it.
import { useMemo, useState } from "react";
import { Lien } from "@/components/navigation/lien";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { appliquerRevue, champsDeRevue, restantsAVerifier, SEUIL_CONFIANCE, signatureDatee, type Revue } from "@/lib/domain/import";
import { parGravite, type Constat } from "@/lib/domain/controles";
import { libelleChamp } from "@/lib/domain/import/libelles-champs";
import type { CandidateVue, ImportVue } from "@/lib/views/import";
import { formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_STATUT } from "@/lib/domain/statut";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import type { Action } from "@/lib/actions/result";
import { Actualiser } from "./Actualiser";
import { ApercuOriginal } from "./ApercuOriginal";
import { ChampsLus, type LigneChamp } from "./ChampsLus";

type Props = {
  vue: ImportVue;
  organisations: { sigle: string; nom: string }[];
  /** An avenant: the conventions it may amend, best first, and the one its text names without doubt. */
  candidates: { candidates: CandidateVue[]; certaine: string | null } | null;
  enregistrer: Action<
    { travailId: string; mode: "BROUILLON" | "SIGNE"; revue: Revue; conventionId?: string },
    { conventionId: string; reference: string; deja: boolean; avenant?: { id: string; numero: number } }
  >;
  verifier: Action<
    { travailId: string; revue: Revue; conventionId?: string },
    { constats: Constat[]; restants: string[]; erreurs: Record<string, string> }
  >;
};

const FORMATS = { PDF: "PDF", IMAGE: "image", DOCX: "fichier Word", TEXTE: "texte" } as const;

export function RevueImport({ vue, organisations, candidates, enregistrer, verifier }: Props) {
  const enCours = vue.travail.etat === "EN_ATTENTE" || vue.travail.etat === "EN_COURS";
  if (enCours)
    return (
      <div className="fr-alert fr-alert--info fr-mb-4w" role="status">
        <Actualiser actif />
        <p>
          <strong>Lecture de « {vue.nom ?? "votre document"} » en cours.</strong> {vue.travail.etape}
        </p>
        <p className="fr-text--sm">Vous pouvez quitter cette page : la lecture continue, et cette adresse la montre.</p>
      </div>
    );
  if (vue.travail.etat === "ECHEC" || !vue.analyse)
    return (
      <>
        <Alert
          severity="error"
          title="Ce document n'a pas pu être lu"
          description={vue.travail.erreur ?? "Raison inconnue."}
          className="fr-mb-2w"
        />
        <Lien href="/conventions/importer">Importer un autre document</Lien>
      </>
    );
  return (
    <Revision
      vue={vue}
      analyse={vue.analyse}
      organisations={organisations}
      candidates={candidates}
      enregistrer={enregistrer}
      verifier={verifier}
    />
  );
}

function Revision({
  vue,
  analyse: a,
  organisations,
  candidates,
  enregistrer,
  verifier,
}: Omit<Props, "vue"> & { vue: ImportVue; analyse: NonNullable<ImportVue["analyse"]> }) {
  const router = useRouter();
  const d = a.document;
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const [corrections, setCorrections] = useState<Record<string, string>>({});
  const [acceptes, setAcceptes] = useState<string[]>([]);
  const [constats, setConstats] = useState<Constat[]>(a.constats);
  const [selection, setSelection] = useState<LigneChamp | null>(null);
  const [page, setPage] = useState(1);
  const [conventionId, setConventionId] = useState<string | undefined>(candidates?.certaine ?? undefined);
  const revue: Revue = useMemo(() => ({ corrections, acceptes }), [corrections, acceptes]);
  const restants = restantsAVerifier(a, revue);

  const lignes = useMemo(() => {
    const ou = (cle: string) => {
      const s = a.sources[cle];
      if (!s) return null;
      return a.fichier.lignes ? `l. ${s.lignes[0] + 1}` : `p. ${s.page}`;
    };
    const champs: LigneChamp[] = champsDeRevue(d).map((c) => ({
      ...c,
      confiance: a.confiance[c.cle],
      ou: ou(c.cle),
      corrige: corrections[c.chemin],
      accepte: acceptes.includes(c.cle),
    }));
    // a flagged field the table has no row for (a party as a whole, the publication channels…)
    const listes = new Set(champs.map((c) => c.cle));
    for (const [cle, c] of Object.entries(a.confiance))
      if (c < SEUIL_CONFIANCE && !listes.has(cle))
        champs.push({
          chemin: cle,
          cle,
          libelle: libelleChamp(cle),
          nature: "texte",
          valeur: "",
          affiche: "voir l'original",
          facultatif: true,
          confiance: c,
          ou: ou(cle),
          corrige: undefined,
          accepte: acceptes.includes(cle),
          lectureSeule: true,
        });
    return champs;
  }, [a, d, corrections, acceptes]);
  const signalees = lignes.filter((l) => l.confiance !== undefined && l.confiance < SEUIL_CONFIANCE);
  const autres = lignes.filter((l) => !signalees.includes(l));

  const reverifier = async (r: Revue, convention = conventionId) => {
    const v = await verifier({ travailId: vue.travail.id, revue: r, conventionId: convention });
    if (v.ok) setConstats(v.data.constats);
  };
  // an avenant is checked against the convention chosen (its articles, ceilings, dates)
  const choisirConvention = (id: string) => {
    setConventionId(id);
    void reverifier(revue, id);
  };
  const avenant = d.nature === "AVENANT";
  const corriger = (chemin: string, valeur: string | undefined) => {
    const suivantes = { ...corrections };
    if (valeur === undefined) delete suivantes[chemin];
    else suivantes[chemin] = valeur;
    setCorrections(suivantes);
    void reverifier({ corrections: suivantes, acceptes });
  };
  const accepter = (cle: string) => {
    const suivants = [...acceptes, cle];
    setAcceptes(suivants);
    void reverifier({ corrections, acceptes: suivants });
  };
  const voir = (l: LigneChamp) => {
    setSelection(l);
    const s = a.sources[l.cle];
    if (s) setPage(s.page);
  };
  // a signed record needs a signature date: one read, or typed in a correction
  const signable = signatureDatee(appliquerRevue(d, corrections).document);
  const tableau = (caption: string, champs: LigneChamp[]) => (
    <ChampsLus
      caption={caption}
      lignes={champs}
      selection={selection?.chemin ?? null}
      organisations={organisations}
      voir={voir}
      accepter={accepter}
      corriger={corriger}
    />
  );
  const sauver = async (mode: "BROUILLON" | "SIGNE") => {
    setPending(true);
    setMessage(undefined);
    const r = await enregistrer({ travailId: vue.travail.id, mode, revue, conventionId: avenant ? conventionId : undefined });
    if (r.ok)
      return router.push(
        r.data.avenant ? `/conventions/${r.data.conventionId}/avenants/${r.data.avenant.numero}` : `/conventions/${r.data.conventionId}`,
      );
    setPending(false);
    setMessage(r.message);
  };

  return (
    <>
      <p>
        « {vue.nom} » — {FORMATS[a.fichier.format]}
        {a.fichier.format === "PDF" ? `, ${a.fichier.pages} page${a.fichier.pages > 1 ? "s" : ""}` : ""}
        {a.fichier.pagesLuesParOcr.length
          ? ` (lu par reconnaissance de caractères : page${a.fichier.pagesLuesParOcr.length > 1 ? "s" : ""} ${a.fichier.pagesLuesParOcr.join(", ")})`
          : ""}
        . Empreinte SHA-256 : <code>{a.fichier.sha256}</code>
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-5">
          <ApercuOriginal
            travailId={vue.travail.id}
            fichier={a.fichier}
            page={page}
            allerA={setPage}
            source={selection ? (a.sources[selection.cle] ?? null) : null}
            libelleSelection={selection?.libelle ?? null}
          />
        </div>
        <div className="fr-col-12 fr-col-lg-7">
          <h2 className="fr-h4">À vérifier d&apos;abord</h2>
          {signalees.length === 0 ? (
            <p>Tous les champs ont été lus avec assurance.</p>
          ) : (
            <>
              <p className="fr-text--sm">
                Ces champs ont été lus avec une confiance de moins de {Math.round(SEUIL_CONFIANCE * 100)} % : acceptez chacun tel qu&apos;il
                a été lu, ou corrigez-le. {restants.length ? `Encore ${restants.length} à vérifier.` : "Tous ont été vérifiés."}
              </p>
              {tableau("Champs à vérifier d'abord", signalees)}
            </>
          )}

          <h2 className="fr-h4">Constats</h2>
          {constats.length === 0 ? (
            <p>Aucun constat : les contrôles de l&apos;application ne trouvent rien à redire.</p>
          ) : (
            <ul aria-live="polite">
              {parGravite(constats).map((c, i) => (
                <li key={i}>
                  <Badge severity={c.gravite === "erreur" ? "error" : "warning"} small className="fr-mr-1w">
                    {c.gravite === "erreur" ? "Erreur" : "Avertissement"}
                  </Badge>
                  {c.message}
                </li>
              ))}
            </ul>
          )}

          <h2 className="fr-h4">Ce qui a été lu</h2>
          {tableau("Champs lus dans le document", autres)}

          {message && <Alert severity="error" small description={message} className="fr-mb-2w" />}
          {avenant && !vue.conventionId && (
            <ConventionModifiee
              lue={d.avenant?.convention ?? null}
              candidates={candidates?.candidates ?? []}
              choisie={conventionId}
              choisir={choisirConvention}
            />
          )}
          {vue.conventionId ? (
            <p>
              Ce document est enregistré : <Lien href={`/conventions/${vue.conventionId}`}>ouvrir la convention</Lien>.
            </p>
          ) : (
            <>
              {restants.length > 0 && (
                <p className="fr-text--sm" id="import-restants">
                  Pour enregistrer, vérifiez d&apos;abord{" "}
                  {restants.length === 1 ? "le champ signalé" : `les ${restants.length} champs signalés`} ci-dessus.
                </p>
              )}
              {avenant && !conventionId && (
                <p className="fr-text--sm" id="import-convention">
                  Pour enregistrer cet avenant, choisissez la convention qu&apos;il modifie.
                </p>
              )}
              <ButtonsGroup>
                <Button
                  onClick={() => sauver("BROUILLON")}
                  disabled={pending || restants.length > 0 || (avenant && !conventionId)}
                  aria-describedby={restants.length ? "import-restants" : undefined}
                >
                  {avenant ? "Enregistrer comme avenant en projet" : "Enregistrer comme brouillon"}
                </Button>
                <Button
                  priority="secondary"
                  onClick={() => sauver("SIGNE")}
                  disabled={pending || !signable || restants.length > 0 || (avenant && !conventionId)}
                  title={signable ? undefined : "Aucune date de signature n'a été lue"}
                >
                  {avenant ? "Enregistrer comme avenant signé" : "Enregistrer comme convention signée"}
                </Button>
              </ButtonsGroup>
            </>
          )}
          <p className="fr-text--sm fr-mt-2w">
            Après l&apos;enregistrement, les autres champs se complètent dans le formulaire de la convention (brouillon) ; une convention
            signée importée garde ce fichier comme exemplaire signé.
          </p>
        </div>
      </div>
    </>
  );
}

function ConventionModifiee({
  lue,
  candidates,
  choisie,
  choisir,
}: {
  lue: { titre: string | null; date: string | null; reference: string | null } | null;
  candidates: CandidateVue[];
  choisie: string | undefined;
  choisir: (id: string) => void;
}) {
  const nommee = [lue?.titre, lue?.reference ? `référence ${lue.reference}` : null, lue?.date ? `du ${formatDateLongue(lue.date)}` : null]
    .filter(Boolean)
    .join(", ");
  return (
    <section aria-labelledby="convention-modifiee" className="fr-mb-3w">
      <h2 id="convention-modifiee" className="fr-h4">
        Convention modifiée
      </h2>
      <p className="fr-text--sm">L&apos;avenant désigne : {nommee || "aucune convention clairement"}.</p>
      {candidates.length === 0 ? (
        <Alert
          severity="info"
          small
          description={
            <>
              Aucune convention de l&apos;application ne correspond. Importez-la d&apos;abord (
              <Lien href="/conventions/importer">importer un document</Lien>) ou <Lien href="/conventions/nouvelle">créez-la</Lien>, puis
              revenez à cet import : il reste disponible un jour.
            </>
          }
        />
      ) : (
        <fieldset className="fr-fieldset" aria-describedby="convention-modifiee-aide">
          <legend className="fr-fieldset__legend fr-text--regular">La convention que cet avenant modifie</legend>
          <p id="convention-modifiee-aide" className="fr-hint-text fr-fieldset__element">
            Proposées d&apos;après la référence, la date, les parties et l&apos;objet que l&apos;avenant cite.
          </p>
          {candidates.map((c) => (
            <div key={c.id} className="fr-fieldset__element">
              <div className="fr-radio-group">
                <input
                  type="radio"
                  id={`convention-${c.id}`}
                  name="convention-modifiee"
                  value={c.id}
                  checked={choisie === c.id}
                  onChange={() => choisir(c.id)}
                />
                <label className="fr-label" htmlFor={`convention-${c.id}`}>
                  {c.reference} — {c.titre}
                  <span className="fr-hint-text">
                    {LIBELLES_STATUT[c.statut as keyof typeof LIBELLES_STATUT] ?? c.statut} ; trouvée par : {c.raisons.join(", ")}
                  </span>
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}
