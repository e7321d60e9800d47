// The accounts, with the list's filters, as a CSV (every one, not a page): administrators only.
import { makeRoute } from "@/lib/actions/route";
import { listComptes } from "@/lib/server/comptes/list-comptes";
import { telechargementTableur } from "@/lib/server/export/tableur";
import { filtresComptesSchema } from "@/lib/schemas/compte";
import { LIBELLES_ROLE } from "@/lib/domain/roles";
import { formatInstant } from "@/lib/domain/dates";

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
          { entete: "Rôle" },
          { entete: "Organisation" },
          { entete: "État" },
          { entete: "Mot de passe choisi" },
          { entete: "Dernière connexion" },
        ],
        lignes: lignes.map((c) => [
          c.nom,
          c.email,
          LIBELLES_ROLE[c.role],
          c.organisation ?? "",
          c.actif ? "Actif" : "Désactivé",
          c.motDePasse ? "oui" : "non",
          c.derniereConnexion ? formatInstant(c.derniereConnexion) : "jamais",
        ]),
      },
    ]);
  },
  { query: filtresComptesSchema },
);
