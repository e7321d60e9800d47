// A convention or an avenant already held, to import: an upload of up to 25 Mo, refused on its size
// before it is read; its reading is queued (lib/server/import/request-analyse.ts).
import { routeEnvoi } from "@/lib/actions/envoi";
import { makeAction } from "@/lib/actions/action";
import { envoiDocumentSchema } from "@/lib/schemas/import";
import { requestAnalyse } from "@/lib/server/import/request-analyse";

export const dynamic = "force-dynamic";

const envoyerDocument = makeAction("document.importer", envoiDocumentSchema, async (agent, { fichier }) =>
  requestAnalyse(agent, { nom: fichier.name, octets: new Uint8Array(await fichier.arrayBuffer()) }),
);

export const POST = routeEnvoi("document.importer", { nature: "document", champ: "fichier" }, envoyerDocument);
