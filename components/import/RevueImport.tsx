"use client";
// The review of an import: its reading followed until done (the page asks the server again every
// second and a half), then what was read — the fields to check first (confidence under 0.8), the
// findings of the app's checks, every field with its confidence and page — and the two ways to save it.
import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { enCents, SEUIL_CONFIANCE, type DocumentLu } from "@/lib/domain/import/resultat";
import { libelleChamp } from "@/lib/domain/import/libelles-champs";
import { formatMontant } from "@/lib/domain/money";
import { formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_ROLE_PARTIE, LIBELLES_TYPE_CONVENTION } from "@/lib/domain/libelles";
import type { ImportVue } from "@/lib/views/import";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import type { Action } from "@/lib/actions/result";

type Props = {
  vue: ImportVue;
  enregistrer: Action<{ travailId: string; mode: "BROUILLON" | "SIGNE" }, { conventionId: string; reference: string; deja: boolean }>;
};

const euros = (v: number | null) => (v === null ? "—" : formatMontant(enCents(v)));
const date = (v: string | null) => (v ? formatDateLongue(v) : "—");
const FORMATS = { PDF: "PDF", IMAGE: "image", DOCX: "fichier Word", TEXTE: "texte" } as const;

/** The rows of the fields table: label, value, the confidence's field path. */
function lignes(d: DocumentLu): [string, string, string][] {
  return [
    [
      "Nature",
      d.nature === "AVENANT" ? `Avenant n° ${d.avenant?.numero ?? "?"}` : "Convention",
      d.nature === "AVENANT" ? "avenant.numero" : "type",
    ],
    ["Type", LIBELLES_TYPE_CONVENTION[d.type], "type"],
    ["Titre", d.titre, "titre"],
    ["Date", date(d.dateConvention), "dateConvention"],
    ["Objet", d.objet ?? "—", "objet"],
    ...d.parties.flatMap((p, i): [string, string, string][] => [
      [`Partie ${i + 1} — rôle`, LIBELLES_ROLE_PARTIE[p.role], `parties.${i}.role`],
      [`Partie ${i + 1} — désignation`, p.libelle, `parties.${i}.libelle`],
      [
        `Partie ${i + 1} — organisation du référentiel`,
        p.organisation ?? `inconnue${p.sigleLu ? ` (sigle lu : ${p.sigleLu})` : ""}`,
        `parties.${i}.organisation`,
      ],
      [`Partie ${i + 1} — représentant`, [p.representantNom, p.qualite].filter(Boolean).join(", ") || "—", `parties.${i}.representantNom`],
    ]),
    ...d.basesLegales.map((b, i): [string, string, string] => [`Visa ${i + 1}`, b.texte, `basesLegales.${i}`]),
    ...d.articles.map((a, i): [string, string, string] => [`Article ${a.numero}`, a.titre || "(sans titre)", `articles.${i}`]),
    ["Plafond AE", euros(d.plafondAe), "plafondAe"],
    ["Plafond CP", euros(d.plafondCp), "plafondCp"],
    ["Échéancier", d.echeancier.map((l) => `${l.annee} : AE ${euros(l.ae)}, CP ${euros(l.cp)}`).join(" ; ") || "—", "echeancier"],
    ["Centre financier", d.imputation.centreFinancier ?? "—", "imputation.centreFinancier"],
    [
      "Fin",
      d.regleDuree === "JUSQU_AU_REGLEMENT" ? `jusqu'au règlement total (par défaut ${date(d.dateFin)})` : date(d.dateFin),
      "dateFin",
    ],
    ["Préavis", d.preavisMois ? `${d.preavisMois} mois` : "—", "preavisMois"],
    ...d.signatures.map((s, i): [string, string, string] => [
      `Signature ${i + 1}`,
      `${s.mention}${s.signataireNom ? ` — ${s.signataireNom}` : ""}${s.dateSignature ? `, le ${date(s.dateSignature)}` : ""}`,
      `signatures.${i}`,
    ]),
  ];
}

export function RevueImport({ vue, enregistrer }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const [pending, setPending] = useState(false);
  const enCours = vue.travail.etat === "EN_ATTENTE" || vue.travail.etat === "EN_COURS";
  useEffect(() => {
    if (!enCours) return;
    const minuterie = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(minuterie);
  }, [enCours, router]);

  if (enCours)
    return (
      <div className="fr-alert fr-alert--info fr-mb-4w" role="status">
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
        <Link href="/conventions/importer">Importer un autre document</Link>
      </>
    );

  const a = vue.analyse;
  const d = a.document;
  const aVerifier = Object.entries(a.confiance).filter(([, c]) => c < SEUIL_CONFIANCE);
  const signable = d.signatures.some((s) => s.dateSignature);
  const sauver = async (mode: "BROUILLON" | "SIGNE") => {
    setPending(true);
    setMessage(undefined);
    const r = await enregistrer({ travailId: vue.travail.id, mode });
    if (r.ok) return router.push(`/conventions/${r.data.conventionId}`);
    setPending(false);
    setMessage({ ok: false, texte: r.message });
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

      <h2 className="fr-h4">À vérifier d&apos;abord</h2>
      {aVerifier.length === 0 ? (
        <p>Tous les champs ont été lus avec assurance.</p>
      ) : (
        <ul>
          {aVerifier.map(([champ, c]) => (
            <li key={champ}>
              {libelleChamp(champ)} — confiance {Math.round(c * 100)} %{a.sources[champ] ? `, page ${a.sources[champ]!.page}` : ""}
            </li>
          ))}
        </ul>
      )}

      <h2 className="fr-h4">Constats</h2>
      {a.constats.length === 0 ? (
        <p>Aucun constat : les contrôles de l&apos;application ne trouvent rien à redire.</p>
      ) : (
        <ul>
          {a.constats.map((c, i) => (
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
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Champs lus dans le document</caption>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Valeur lue</th>
              <th scope="col">Confiance</th>
              <th scope="col">Page</th>
            </tr>
          </thead>
          <tbody>
            {lignes(d).map(([libelle, valeur, champ]) => {
              const c = a.confiance[champ];
              return (
                <tr key={libelle}>
                  <th scope="row">{libelle}</th>
                  <td>{valeur}</td>
                  <td>
                    {c === undefined ? "—" : `${Math.round(c * 100)} %`}
                    {c !== undefined && c < SEUIL_CONFIANCE && (
                      <Badge severity="warning" small className="fr-ml-1w">
                        à vérifier
                      </Badge>
                    )}
                  </td>
                  <td>{a.sources[champ]?.page ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {message && <Alert severity={message.ok ? "success" : "error"} small description={message.texte} className="fr-mb-2w" />}
      {vue.conventionId ? (
        <p>
          Ce document est enregistré : <Link href={`/conventions/${vue.conventionId}`}>ouvrir la convention</Link>.
        </p>
      ) : d.nature === "AVENANT" ? (
        <Alert
          severity="info"
          small
          description="L'enregistrement d'un avenant importé, rattaché à sa convention, n'est pas encore disponible : ses champs lus sont ci-dessus."
        />
      ) : (
        <ButtonsGroup>
          <Button onClick={() => sauver("BROUILLON")} disabled={pending}>
            Enregistrer comme brouillon
          </Button>
          <Button
            priority="secondary"
            onClick={() => sauver("SIGNE")}
            disabled={pending || !signable}
            title={signable ? undefined : "Aucune date de signature n'a été lue"}
          >
            Enregistrer comme convention signée
          </Button>
        </ButtonsGroup>
      )}
      <p className="fr-text--sm fr-mt-2w">
        Après l&apos;enregistrement, corrigez les champs dans le formulaire de la convention (brouillon) ; une convention signée importée
        garde ce fichier comme exemplaire signé.
      </p>
    </>
  );
}
