import { Lien } from "@/components/navigation/lien";
import { requireDroit } from "@/lib/server/auth/agent";
import { listComptes } from "@/lib/server/comptes/list-comptes";
import { countDemandesEnAttente } from "@/lib/server/comptes/list-demandes-acces";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { filtresComptesSchema } from "@/lib/schemas/compte";
import { LIBELLES_ROLE, libelleRoles, ROLES } from "@/lib/domain/roles";
import { formatInstant } from "@/lib/domain/dates";
import { libellePerimetre } from "@/lib/domain/comptes";
import { Pager } from "@/components/convention/Pager";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

export const metadata = { title: "Comptes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const un = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function Comptes({ searchParams }: Props) {
  const agent = await requireDroit("utilisateur.gerer");
  const brut = await searchParams;
  const f = filtresComptesSchema.parse(Object.fromEntries(Object.entries(brut).map(([k, v]) => [k, un(v)])));
  const [{ lignes, total, page, pages }, { organisations }, demandes] = await Promise.all([
    listComptes(agent, f),
    listReferentiel(),
    countDemandesEnAttente(agent),
  ]);
  const filtres = { q: f.q, role: f.role, organisation: f.organisation, actif: f.actif };
  const export_ = new URLSearchParams(Object.entries(filtres).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <h1>Comptes</h1>
      <p>Les agents qui ont accès au service : leur rôle, leur organisation, leur dernière connexion.</p>
      <ButtonsGroup>
        <Lien className="fr-btn fr-icon-user-add-line fr-btn--icon-left" href="/administration/comptes/nouveau">
          Créer un compte
        </Lien>
        <a
          className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
          href={`/administration/comptes/csv?${export_}`}
          download
        >
          Exporter en CSV
        </a>
        <Lien className="fr-btn fr-btn--secondary fr-icon-mail-line fr-btn--icon-left" href="/administration/demandes">
          {demandes ? `Demandes d'accès (${demandes} en attente)` : "Demandes d'accès"}
        </Lien>
      </ButtonsGroup>

      <form method="get" action="/administration/comptes" className="fr-mb-3w" aria-label="Filtrer les comptes">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-4 fr-input-group">
            <label className="fr-label" htmlFor="filtre-q">
              Nom ou adresse électronique
            </label>
            <input className="fr-input" id="filtre-q" name="q" type="search" defaultValue={f.q ?? ""} />
          </div>
          <div className="fr-col-12 fr-col-md-2 fr-select-group">
            <label className="fr-label" htmlFor="filtre-role">
              Rôle
            </label>
            <select className="fr-select" id="filtre-role" name="role" defaultValue={f.role ?? ""}>
              <option value="">Tous</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {LIBELLES_ROLE[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="fr-col-12 fr-col-md-3 fr-select-group">
            <label className="fr-label" htmlFor="filtre-organisation">
              Organisation
            </label>
            <select className="fr-select" id="filtre-organisation" name="organisation" defaultValue={f.organisation ?? ""}>
              <option value="">Toutes</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.sigle ?? o.nom}
                </option>
              ))}
            </select>
          </div>
          <div className="fr-col-12 fr-col-md-2 fr-select-group">
            <label className="fr-label" htmlFor="filtre-actif">
              État
            </label>
            <select className="fr-select" id="filtre-actif" name="actif" defaultValue={f.actif ?? ""}>
              <option value="">Tous</option>
              <option value="oui">Actifs</option>
              <option value="non">Désactivés</option>
            </select>
          </div>
          <div className="fr-col-12 fr-col-md-1">
            <button type="submit" className="fr-btn">
              Filtrer
            </button>
          </div>
        </div>
      </form>

      <div className="fr-table fr-table--bordered">
        <table>
          <caption>
            {total} compte{total > 1 ? "s" : ""}
            {pages > 1 ? ` — page ${page} sur ${pages}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse électronique</th>
              <th scope="col">Rôles</th>
              <th scope="col">Organisation</th>
              <th scope="col">Voit</th>
              <th scope="col">État</th>
              <th scope="col">Dernière connexion</th>
            </tr>
          </thead>
          <tbody>
            {lignes.length === 0 && (
              <tr>
                <td colSpan={7}>Aucun compte ne correspond à ces filtres.</td>
              </tr>
            )}
            {lignes.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Lien href={`/administration/comptes/${c.id}`}>{c.nom}</Lien>
                </th>
                <td>{c.email}</td>
                <td>{libelleRoles(c.roles)}</td>
                <td>{c.organisation ?? "—"}</td>
                <td>{libellePerimetre(c.roles, c.organisation, c.perimetre)}</td>
                <td>
                  {c.actif ? (
                    <p className="fr-badge fr-badge--success fr-badge--sm">Actif</p>
                  ) : (
                    <p className="fr-badge fr-badge--error fr-badge--sm">Désactivé</p>
                  )}
                </td>
                <td>{c.derniereConnexion ? formatInstant(c.derniereConnexion) : "Jamais"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} filters={filtres} chemin="/administration/comptes" />
    </>
  );
}
