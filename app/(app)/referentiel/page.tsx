import { requireAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { listHistoriqueReferentiel, listReferentielDetaille } from "@/lib/server/referentiel/list-referentiel";
import { ModifierOrganisationForm, ModifierPersonneForm } from "@/components/referentiel/ModifierReferentiel";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/domain/libelles";
import { DataTable } from "@/components/convention/DataTable";
import { NouvellePersonneForm } from "@/components/referentiel/NouvellePersonneForm";
import { AjoutOrganisation } from "@/components/referentiel/AjoutOrganisation";
import { FusionnerDoublons } from "@/components/referentiel/FusionnerDoublons";
import {
  createOrganisationAction,
  createPersonneAction,
  fusionnerOrganisationsAction,
  fusionnerPersonnesAction,
  updateOrganisationAction,
  updatePersonneAction,
} from "./actions";

export const metadata = { title: "Référentiel" };

export default async function ReferentielPage() {
  const agent = await requireAgent();
  const [{ organisations, personnes }, historique] = await Promise.all([listReferentielDetaille(), listHistoriqueReferentiel()]);
  const editables = organisations.map((o) => ({
    id: o.id,
    nom: o.nom,
    sigle: o.sigle,
    type: o.type,
    adresse: o.adresse,
    parentId: o.parentId,
    version: o.version,
  }));
  const modifiable = can(agent, "referentiel.modifier");
  const fusionnable = can(agent, "referentiel.fusionner");
  const sigleOuNom = (o: { sigle: string | null; nom: string }) => o.sigle ?? o.nom;
  const fichesOrganisations = organisations.map((o) => ({
    id: o.id,
    libelle: sigleOuNom(o),
    detail: [o.sigle ? o.nom : null, o.parent ? `rattachée à ${sigleOuNom(o.parent)}` : null].filter(Boolean).join(", "),
    version: o.version,
    liens: o.liens,
  }));
  const fichesPersonnes = personnes.map((p) => ({
    id: p.id,
    libelle: `${p.prenom} ${p.nom}`,
    detail: [p.qualite, p.organisation ? sigleOuNom(p.organisation) : null].filter(Boolean).join(", "),
    version: p.version,
    liens: p.liens,
  }));
  const doublonsAilleurs = modifiable && !fusionnable && (
    <p className="fr-hint-text fr-mt-2w">Deux fiches en double ? Un administrateur peut les fusionner.</p>
  );
  return (
    <>
      <h1>Référentiel</h1>
      <p>
        Les organisations et les personnes proposées dans les conventions. Ce qui est ajouté ici apparaît aussitôt dans les formulaires
        ouverts dans un autre onglet après rechargement de la liste.
      </p>
      {!modifiable && (
        <p className="fr-hint-text">
          Consultation seule : le référentiel est tenu par les gestionnaires du référentiel et les administrateurs.
        </p>
      )}
      <section aria-labelledby="titre-organisations" className="fr-mb-6w">
        <h2 id="titre-organisations" className="fr-h4">
          Organisations ({organisations.length})
        </h2>
        <DataTable
          caption="Organisations"
          hideCaption
          headers={["Sigle", "Nom", "Nature", "Rattachée à", "Devenue"]}
          rows={organisations.map((o) => [
            o.sigle ?? "—",
            o.nom,
            LIBELLES_TYPE_ORGANISATION[o.type],
            o.parent ? sigleOuNom(o.parent) : "—",
            o.successeur
              ? `${o.successeur.sigle ?? o.successeur.nom}${o.dateSuccession ? ` le ${formatDateLongue(o.dateSuccession)}` : ""}${o.baseJuridiqueSuccession ? ` (${o.baseJuridiqueSuccession})` : ""}`
              : "—",
          ])}
        />
        {modifiable && <AjoutOrganisation organisations={organisations} createOrganisation={createOrganisationAction} />}
        {modifiable && <ModifierOrganisationForm organisations={editables} save={updateOrganisationAction} />}
        {fusionnable && <FusionnerDoublons quoi="organisation" fiches={fichesOrganisations} fusionner={fusionnerOrganisationsAction} />}
        {doublonsAilleurs}
      </section>
      <section aria-labelledby="titre-personnes">
        <h2 id="titre-personnes" className="fr-h4">
          Personnes ({personnes.length})
        </h2>
        <DataTable
          caption="Personnes"
          hideCaption
          headers={["Nom", "Qualité", "Organisation"]}
          rows={personnes.map((p) => [`${p.prenom} ${p.nom}`, p.qualite ?? "—", p.organisation?.sigle ?? p.organisation?.nom ?? "—"])}
        />
        {modifiable && <NouvellePersonneForm organisations={organisations} createPersonne={createPersonneAction} />}
        {modifiable && (
          <ModifierPersonneForm
            personnes={personnes.map((p) => ({
              id: p.id,
              prenom: p.prenom,
              nom: p.nom,
              qualite: p.qualite,
              organisationId: p.organisationId,
              version: p.version,
            }))}
            organisations={editables}
            save={updatePersonneAction}
          />
        )}
        {fusionnable && <FusionnerDoublons quoi="personne" fiches={fichesPersonnes} fusionner={fusionnerPersonnesAction} />}
        {doublonsAilleurs}
      </section>
      <section aria-labelledby="titre-historique" className="fr-mt-6w">
        <h2 id="titre-historique" className="fr-h4">
          Historique des modifications
        </h2>
        {historique.length === 0 ? (
          <p>Aucune modification enregistrée.</p>
        ) : (
          <DataTable
            caption="Historique des modifications du référentiel"
            hideCaption
            headers={["Quand", "Qui", "Quoi", "Changements"]}
            rows={historique.map((h) => [formatInstant(h.quand), h.qui ?? "—", h.quoi, h.changements.join(" ; ") || "—"])}
          />
        )}
      </section>
    </>
  );
}
