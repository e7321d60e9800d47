import { Lien } from "@/components/navigation/lien";
import { requireDroit } from "@/lib/server/auth/agent";
import { listDemandesAcces } from "@/lib/server/comptes/list-demandes-acces";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { libelleRoles } from "@/lib/domain/roles";
import { formatInstant } from "@/lib/domain/dates";
import { DemandesATraiter } from "@/components/comptes/DemandeATraiter";
import { accepterDemandeAction, refuserDemandeAction } from "./actions";

export const metadata = { title: "Demandes d'accès" };

export default async function Demandes() {
  const agent = await requireDroit("utilisateur.gerer");
  const [{ enAttente, traitees }, { organisations }] = await Promise.all([listDemandesAcces(agent), listReferentiel()]);
  return (
    <>
      <p>
        <Lien href="/administration/comptes" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Comptes
        </Lien>
      </p>
      <h1>Demandes d&apos;accès</h1>
      <p>
        Les agents qui se sont connectés avec ProConnect sans avoir de compte. Accepter crée leur compte avec ce que vous choisissez ; ils
        se connectent ensuite avec ProConnect. Dans les deux cas, ils sont prévenus par courriel.
      </p>
      <h2>En attente ({enAttente.length})</h2>
      <DemandesATraiter
        demandes={enAttente.map((d) => ({
          id: d.id,
          nom: d.nom,
          email: d.email,
          organisationId: d.organisationId,
          roles: d.roles,
          motif: d.motif,
          le: formatInstant(d.createdAt),
          organisation: d.organisation ? (d.organisation.sigle ?? d.organisation.nom) : "non indiquée",
        }))}
        organisations={organisations}
        accepter={accepterDemandeAction}
        refuser={refuserDemandeAction}
      />
      <div className="fr-table fr-table--bordered fr-mt-4w">
        <table>
          <caption>Demandes traitées (les 20 dernières)</caption>
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col">Demandé</th>
              <th scope="col">Décision</th>
              <th scope="col">Par, le</th>
            </tr>
          </thead>
          <tbody>
            {traitees.length === 0 && (
              <tr>
                <td colSpan={4}>Aucune.</td>
              </tr>
            )}
            {traitees.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.nom}
                  <br />
                  {d.email}
                </td>
                <td>{libelleRoles(d.roles) || "—"}</td>
                <td>
                  {d.statut === "ACCEPTEE" ? (
                    d.compteId ? (
                      <Lien href={`/administration/comptes/${d.compteId}`}>Acceptée</Lien>
                    ) : (
                      "Acceptée"
                    )
                  ) : (
                    `Refusée : ${d.motifRefus ?? ""}`
                  )}
                </td>
                <td>
                  {d.traiteePar?.nom ?? "—"}
                  {d.traiteeLe ? `, ${formatInstant(d.traiteeLe)}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
