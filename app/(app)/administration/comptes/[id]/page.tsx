import { Lien } from "@/components/navigation/lien";
import { notFound } from "next/navigation";
import { requireDroit } from "@/lib/server/auth/agent";
import { getCompte } from "@/lib/server/comptes/get-compte";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { Introuvable } from "@/lib/domain/erreurs";
import { LIBELLES_ROLE, libelleRoles, type Role } from "@/lib/domain/roles";
import { formatInstant } from "@/lib/domain/dates";
import { libellePerimetre } from "@/lib/domain/comptes";
import { ModifierCompteForm } from "@/components/comptes/CompteForm";
import { ActionsCompte } from "@/components/comptes/ActionsCompte";
import { resendInvitationAction, setCompteActifAction, updateCompteAction } from "../actions";

export const metadata = { title: "Compte" };

type Props = { params: Promise<{ id: string }> };

const CHAMPS: Record<string, string> = {
  nom: "Nom",
  email: "Adresse électronique",
  role: "Rôle",
  organisationId: "Organisation",
  actif: "Actif",
};

export default async function Compte({ params }: Props) {
  const agent = await requireDroit("utilisateur.gerer");
  const { id } = await params;
  const [fiche, { organisations }] = await Promise.all([
    getCompte(agent, id).catch((e: unknown) => (e instanceof Introuvable ? null : Promise.reject(e))),
    listReferentiel(),
  ]);
  if (!fiche) notFound();
  const { compte, historique } = fiche;
  const nomOrganisation = (oid: unknown) => {
    const o = organisations.find((x) => x.id === oid);
    return o ? (o.sigle ?? o.nom) : "aucune";
  };
  const valeur = (champ: string, v: unknown) =>
    champ === "role"
      ? LIBELLES_ROLE[v as Role]
      : champ === "organisationId"
        ? nomOrganisation(v)
        : champ === "actif"
          ? v
            ? "oui"
            : "non"
          : String(v ?? "—");
  const details = (avant: Record<string, unknown> | null, apres: Record<string, unknown> | null) =>
    Object.keys({ ...avant, ...apres })
      .filter((k) => k in CHAMPS)
      .map((k) =>
        avant && k in avant
          ? `${CHAMPS[k]} : ${valeur(k, avant[k])} → ${valeur(k, apres?.[k])}`
          : `${CHAMPS[k]} : ${valeur(k, apres?.[k])}`,
      )
      .join(" ; ");
  return (
    <>
      <p>
        <Lien href="/administration/comptes" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tous les comptes
        </Lien>
      </p>
      <h1>{compte.nom}</h1>
      <p>
        {compte.email} · {libelleRoles(compte.roles)} ·{" "}
        {compte.actif ? (
          <span className="fr-badge fr-badge--success fr-badge--sm">Actif</span>
        ) : (
          <span className="fr-badge fr-badge--error fr-badge--sm">Désactivé</span>
        )}
        <br />
        Voit :{" "}
        {libellePerimetre(
          compte.roles,
          compte.organisationId ? nomOrganisation(compte.organisationId) : null,
          compte.perimetre.map(nomOrganisation),
        )}
        <br />
        Mot de passe : {compte.motDePasse ? "choisi" : "pas encore choisi (invitation en attente, ou connexion par ProConnect)"} · Dernière
        connexion : {compte.derniereConnexion ? formatInstant(compte.derniereConnexion) : "jamais"}
      </p>

      <ActionsCompte compte={compte} soiMeme={compte.id === agent.id} setActif={setCompteActifAction} renvoyer={resendInvitationAction} />

      <ModifierCompteForm
        organisations={organisations}
        compte={{
          id: compte.id,
          version: compte.version,
          nom: compte.nom,
          roles: compte.roles,
          organisationId: compte.organisationId ?? "",
          perimetre: compte.perimetre,
        }}
        modifier={updateCompteAction}
      />

      <div className="fr-table fr-table--bordered fr-mt-4w">
        <table>
          <caption>Historique du compte</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Événement</th>
              <th scope="col">Par</th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {historique.length === 0 && (
              <tr>
                <td colSpan={4}>Rien encore.</td>
              </tr>
            )}
            {historique.map((e) => (
              <tr key={e.id}>
                <td>{formatInstant(e.le)}</td>
                <td>{e.quoi}</td>
                <td>{e.par ?? "—"}</td>
                <td>{details(e.avant, e.apres) || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
