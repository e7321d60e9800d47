import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { reauthProConnectPourSignature, requireAgent } from "@/lib/server/auth/agent";
import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { formatDateLongue } from "@/lib/domain/dates";
import { StatutBadge } from "@/components/convention/StatutBadge";
import { TexteBalise } from "@/components/convention/TexteBalise";
import { EcheancierTable } from "@/components/convention/FinancialTables";
import { getRevueDuDocument } from "@/lib/server/revue/get-revue";
import { documentDAvenant } from "@/lib/server/revue/load-document";
import { estModifiable, estSigneeParTous } from "@/lib/domain/statut";
import { CycleDocument } from "@/components/revue/CycleDocument";
import { SignaturesParties } from "@/components/signature/SignaturesParties";
import { readSignatures } from "@/lib/server/signature/read-signatures";
import { signerEnLigneAction } from "../../../signature/actions";
import { VuesDocument } from "@/components/revue/VuesDocument";
import { ACTIONS_CYCLE } from "../../../cycle";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";
import { SupprimerProjet } from "@/components/convention/SupprimerProjet";
import { ConstatsPanel } from "@/components/convention/ConstatsPanel";
import { can } from "@/lib/server/policies";
import { deleteAvenantAction } from "../actions";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { getValidation } from "@/lib/server/cycle/get-validation";
import { getSuiviPublication } from "@/lib/server/publication/get-suivi-publication";
import { SuiviPublication } from "@/components/publication/SuiviPublication";
import { ACTIONS_PUBLICATION } from "../../../publication";
import { getTransmissions } from "@/lib/server/transmissions/get-transmissions";
import { TransmissionsDocument } from "@/components/transmissions/TransmissionsDocument";
import { recordTransmissionAction } from "../../../transmissions/actions";
import { PartiesDocument, SignaturesDocument, VisasDocument } from "@/components/convention/ElementsDocument";

export const metadata = { title: "Avenant" };

export default async function AvenantPage({ params }: { params: Promise<{ id: string; numero: string }> }) {
  const agent = await requireAgent();
  const { id, numero } = await params;
  const data = await orNotFound(getAvenant(agent, id, Number(numero)));
  const { avenant, articles, effets, lignes, texte } = data;
  const revue = await getRevueDuDocument(documentDAvenant(data));
  // After signature only: a draft avenant's page asks nothing more.
  const [publication, transmissions] = estSigneeParTous(avenant.statut)
    ? await Promise.all([
        getSuiviPublication(agent, { conventionId: id, numero: avenant.numero }),
        getTransmissions(agent, { conventionId: id, numero: avenant.numero }),
      ])
    : [null, null];
  return (
    <>
      <Breadcrumb
        currentPageLabel={`Avenant n° ${avenant.numero}`}
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: data.convention.reference, linkProps: { href: `/conventions/${id}` } },
        ]}
      />
      <p className="fr-mb-1v">
        <StatutBadge statut={avenant.statut} small={false} />
      </p>
      <h1>{avenant.titre ?? `Avenant n° ${avenant.numero}`}</h1>
      <p className="fr-text--lead">
        À la convention {data.convention.reference}
        {data.convention.dateConvention ? ` du ${formatDateLongue(data.convention.dateConvention)}` : ""}
        {avenant.dateSignature ? ` — signé le ${formatDateLongue(avenant.dateSignature)}` : ""}
      </p>
      <VuesDocument base={`/conventions/${id}/avenants/${avenant.numero}`} courante="document" />
      <ButtonsGroup inline="md">
        <PdfDownloadButton href={`/conventions/${id}/avenants/${avenant.numero}/pdf`} label="Télécharger l'avenant (PDF)" />
        {estModifiable(avenant.statut) && can(agent, "avenant.creer") && (
          <Lien
            className="fr-btn fr-btn--secondary fr-icon-edit-line fr-btn--icon-left"
            href={`/conventions/${id}/avenants/${avenant.numero}/modifier`}
          >
            Modifier
          </Lien>
        )}
        {avenant.statut === "BROUILLON" && can(agent, "avenant.creer") && (
          <SupprimerProjet
            action={deleteAvenantAction}
            input={{ conventionId: id, numero: avenant.numero }}
            libelle="Supprimer ce projet d'avenant"
            question={`Supprimer le projet d'avenant n° ${avenant.numero} ? Son texte sera perdu.`}
            retour={`/conventions/${id}`}
          />
        )}
      </ButtonsGroup>
      <CycleDocument
        agent={agent}
        revue={revue}
        validation={await getValidation(agent, { conventionId: id, numero: avenant.numero })}
        actions={ACTIONS_CYCLE}
      />
      {!estModifiable(avenant.statut) && (
        <SignaturesParties
          signatures={await readSignatures(
            agent,
            {
              type: "avenant",
              conventionId: id,
              avenantId: avenant.id,
              numero: avenant.numero,
              statut: avenant.statut,
              version: avenant.version,
            },
            { proConnect: await reauthProConnectPourSignature() },
          )}
          signerEnLigne={signerEnLigneAction}
          certificatHref={`/conventions/${id}/avenants/${avenant.numero}/certificat-signature`}
        />
      )}
      {publication && <SuiviPublication suivi={publication} actions={ACTIONS_PUBLICATION} />}
      {transmissions && <TransmissionsDocument vue={transmissions} action={recordTransmissionAction} />}
      <ConstatsPanel constats={data.constats} exigences={[]} montrerExigences={false} />
      <section aria-labelledby="titre-effets" className="fr-mb-4w">
        <h2 id="titre-effets" className="fr-h4">
          Ce que change l&apos;avenant
        </h2>
        <ul data-testid="effets">
          {effets.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
        <Lien href={`/conventions/${id}/consolidee${avenant.statut === "SIGNEE" ? "" : "?projet=1"}`}>Voir la convention consolidée</Lien>
      </section>
      <article aria-labelledby="titre-texte" className="fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
        <h2 id="titre-texte" className="fr-h4">
          Texte de l&apos;avenant
        </h2>
        <PartiesDocument titre="Parties à la date de l'avenant" parties={texte.parties.map((p) => ({ ...p, cle: p.partieId }))} />
        {texte.repris && (
          <p className="fr-text--sm">
            Cet avenant a été enregistré sans ses propres parties ni signataires : ceux de la convention sont repris. Modifiez-le pour les
            mettre à sa date.
          </p>
        )}
        <VisasDocument visas={texte.basesLegales} />
        {avenant.contexte && (
          <>
            <h3 className="fr-h5">Contexte</h3>
            <TexteBalise source={avenant.contexte} />
          </>
        )}
        {articles.map((a) => (
          <section key={a.id} aria-labelledby={`art-${a.id}`}>
            <h3 id={`art-${a.id}`} className="fr-h5">
              Article {a.numero} : {a.titre}
            </h3>
            <TexteBalise
              source={a.corps}
              tableaux={{ echeancier: <EcheancierTable lignes={lignes} caption="Nouvel échéancier" /> }}
              headingLevel={4}
            />
          </section>
        ))}
        <SignaturesDocument
          faitA={`Fait à ${data.convention.lieuSignature ?? "Paris"}, le ${avenant.dateSignature ? formatDateLongue(avenant.dateSignature) : "…"}`}
          blocs={texte.signatures}
        />
      </article>
    </>
  );
}
