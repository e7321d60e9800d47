import { Lien } from "@/components/navigation/lien";
import { can } from "@/lib/server/policies";
import { estModifiable, estSigneeParTous } from "@/lib/domain/statut";
import { prochainAvenant } from "@/lib/domain/avenant";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { reauthProConnectPourSignature, requireAgent } from "@/lib/server/auth/agent";
import { loadConventionOr404 } from "@/lib/server/conventions/load-convention";
import { checkConvention } from "@/lib/server/conventions/check-convention";
import { ConstatsPanel } from "@/components/convention/ConstatsPanel";
import { StatutBadge } from "@/components/convention/StatutBadge";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";
import { ConventionSynthese } from "@/components/convention/ConventionSynthese";
import { ConventionDocument } from "@/components/convention/ConventionDocument";
import { LIBELLES_TYPE_CONVENTION } from "@/lib/domain/libelles";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { getRevueDuDocument } from "@/lib/server/revue/get-revue";
import { documentDeConvention } from "@/lib/server/revue/load-document";
import { CycleDocument } from "@/components/revue/CycleDocument";
import { SignaturesParties } from "@/components/signature/SignaturesParties";
import { readSignatures } from "@/lib/server/signature/read-signatures";
import { signerEnLigneAction } from "../signature/actions";
import { VuesDocument } from "@/components/revue/VuesDocument";
import { SupprimerProjet } from "@/components/convention/SupprimerProjet";
import { deleteConventionAction } from "../actions";
import { ACTIONS_CYCLE } from "../cycle";
import { getValidation } from "@/lib/server/cycle/get-validation";
import { getSuiviPublication } from "@/lib/server/publication/get-suivi-publication";
import { SuiviPublication } from "@/components/publication/SuiviPublication";
import { ACTIONS_PUBLICATION } from "../publication";
import { getVie } from "@/lib/server/vie/get-vie";
import { VieConvention } from "@/components/vie/VieConvention";
import { ACTIONS_VIE } from "../vie";
import { getTransmissions } from "@/lib/server/transmissions/get-transmissions";
import { TransmissionsDocument } from "@/components/transmissions/TransmissionsDocument";
import { recordTransmissionAction } from "../transmissions/actions";

async function load(id: string) {
  return loadConventionOr404(await requireAgent(), id);
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const convention = await load((await params).id);
  return { title: `${convention.reference} — ${convention.intitule}` };
}

export default async function ConventionPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const convention = await load((await params).id);
  const { constats, exigences, cites, regiParDecret } = await checkConvention(convention);
  const revue = await getRevueDuDocument(documentDeConvention(convention, constats));
  const modifiable = can(agent, "convention.modifier") && estModifiable(convention.statut);
  const avenant = prochainAvenant(convention);
  const avenantPossible = can(agent, "avenant.creer") && avenant.possible;
  // After signature only: a draft's page (the drafters' hot path) asks nothing more.
  const [publication, vie, transmissions] = estSigneeParTous(convention.statut)
    ? await Promise.all([
        getSuiviPublication(agent, { conventionId: convention.id }),
        getVie(agent, convention.id),
        getTransmissions(agent, { conventionId: convention.id }),
      ])
    : [null, null, null];
  return (
    <>
      <Breadcrumb currentPageLabel={convention.reference} segments={[{ label: "Conventions", linkProps: { href: "/conventions" } }]} />
      <div className="fr-mb-4w">
        <p className="fr-mb-1v">
          <StatutBadge statut={convention.statut} small={false} />{" "}
          <span className="fr-ml-1w fr-text--sm">{LIBELLES_TYPE_CONVENTION[convention.type]}</span>
        </p>
        <h1 className="fr-mb-1w">{convention.intitule}</h1>
        <p className="fr-text--lead fr-mb-2w">{convention.reference}</p>
        <VuesDocument base={`/conventions/${convention.id}`} courante="document" />
        <ButtonsGroup inline="md">
          {can(agent, "convention.exporter") && <PdfDownloadButton href={`/conventions/${convention.id}/pdf`} />}
          {modifiable && (
            <Lien className="fr-btn fr-btn--secondary fr-icon-edit-line fr-btn--icon-left" href={`/conventions/${convention.id}/modifier`}>
              Modifier
            </Lien>
          )}
          {convention.statut === "BROUILLON" && can(agent, "convention.modifier") && (
            <SupprimerProjet
              action={deleteConventionAction}
              input={{ id: convention.id, version: convention.version }}
              libelle="Supprimer ce projet"
              question={`Supprimer le projet de convention ${convention.reference} ? Son texte sera perdu (l'historique garde la trace de la suppression).`}
              retour="/conventions"
            />
          )}
          {avenantPossible && (
            <Lien
              className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
              href={`/conventions/${convention.id}/avenants/nouveau`}
            >
              Créer l&apos;avenant n° {avenant.numero}
            </Lien>
          )}
          {convention.avenants.length > 0 && (
            <Lien
              className="fr-btn fr-btn--tertiary fr-icon-git-merge-line fr-btn--icon-left"
              href={`/conventions/${convention.id}/consolidee`}
            >
              Version consolidée
            </Lien>
          )}
        </ButtonsGroup>
        {convention.avenants.length > 0 && (
          <section aria-labelledby="titre-avenants" className="fr-mt-2w">
            <h2 id="titre-avenants" className="fr-h6">
              Avenants
            </h2>
            <ul>
              {convention.avenants.map((a) => (
                <li key={a.id}>
                  <Lien href={`/conventions/${convention.id}/avenants/${a.numero}`}>Avenant n° {a.numero}</Lien>{" "}
                  <StatutBadge statut={a.statut} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <CycleDocument
        agent={agent}
        revue={revue}
        validation={await getValidation(agent, { conventionId: convention.id })}
        actions={ACTIONS_CYCLE}
      />
      {!estModifiable(convention.statut) && (
        <SignaturesParties
          signatures={await readSignatures(
            agent,
            {
              type: "convention",
              conventionId: convention.id,
              avenantId: null,
              numero: null,
              statut: convention.statut,
              version: convention.version,
            },
            { proConnect: await reauthProConnectPourSignature() },
          )}
          signerEnLigne={signerEnLigneAction}
          certificatHref={`/conventions/${convention.id}/certificat-signature`}
        />
      )}
      {publication && <SuiviPublication suivi={publication} actions={ACTIONS_PUBLICATION} />}
      {transmissions && <TransmissionsDocument vue={transmissions} action={recordTransmissionAction} />}
      {vie && <VieConvention vie={vie} actions={ACTIONS_VIE} />}
      <nav className="fr-summary fr-mb-4w" aria-labelledby="sommaire-titre">
        <p className="fr-summary__title" id="sommaire-titre">
          Sommaire
        </p>
        <ol>
          {[
            ["#controles", `Contrôles (${constats.length})`],
            ["#synthese", "Synthèse"],
            ["#parties", "Parties"],
            ...(convention.basesLegales.length ? [["#visas", "Bases légales"]] : []),
            ...(convention.preambule ? [["#preambule", convention.titrePreambule ?? "Préambule"]] : []),
            ["#articles", `Articles (${convention.articles.length})`],
            ["#signatures", "Signatures"],
            ...convention.annexes.map((a) => [`#annexe-${a.numero}`, `Annexe ${a.numero}`]),
          ].map(([href, label]) => (
            <li key={href}>
              <a className="fr-summary__link" href={href}>
                {label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <ConstatsPanel constats={constats} exigences={exigences} cites={cites} montrerExigences={regiParDecret} />
      <ConventionSynthese convention={convention} />
      <h2 className="fr-h4">Texte de la convention</h2>
      <ConventionDocument convention={convention} constats={constats} />
    </>
  );
}
