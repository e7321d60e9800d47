// The accounts, with the list's filters, as a CSV (every one, not a page): administrators only.
import { makeRoute } from "@/lib/actions/route";
import { listComptes } from "@/lib/server/comptes/list-comptes";
import { telechargementTableur } from "@/lib/server/export/tableur";
import { filtresComptesSchema } from "@/lib/schemas/compte";
import { libelleRoles } from "@/lib/domain/roles";
import { formatInstant } from "@/lib/domain/dates";
import { libellePerimetre } from "@/lib/domain/comptes";

export const dynamic = "force-dynamic";

export const GET = makeRoute(
  "utilisateur.gerer",
  async (agent, { query }) => {
    const { lignes } = await listComptes(agent, query, { tout: true });
    return telechargementTableur("csv", "comptes", [
      {
        titre: "Comptes",
        colonnes: [
          { entete: "Nom" },
          { entete: "Adresse électronique" },
          { entete: "Rôles" },
          { entete: "Organisation" },
          { entete: "Voit" },
          { entete: "État" },
          { entete: "Mot de passe choisi" },
          { entete: "Dernière connexion" },
        ],
        lignes: lignes.map((c) => [
          c.nom,
          c.email,
          libelleRoles(c.roles),
          c.organisation ?? "",
          libellePerimetre(c.roles, c.organisation, c.perimetre),
          c.actif ? "Actif" : "Désactivé",
          c.motDePasse ? "oui" : "non",
          c.derniereConnexion ? formatInstant(c.derniereConnexion) : "jamais",
        ]),
      },
    ]);
  },
  { query: filtresComptesSchema },
);
