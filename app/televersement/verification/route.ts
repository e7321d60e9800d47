// A PDF to verify (« Vérifier un PDF »): an upload of up to 20 Mo, refused on its size before it is read.
import { routeEnvoi } from "@/lib/actions/envoi";
import { makeAction } from "@/lib/actions/action";
import { verificationSchema } from "@/lib/schemas/signature";
import { verifyPdf } from "@/lib/server/signature/verify-pdf";

export const dynamic = "force-dynamic";

const verifier = makeAction("convention.lire", verificationSchema, async (agent, { fichier }) =>
  verifyPdf(agent, { nom: fichier.name, octets: Buffer.from(await fichier.arrayBuffer()) }),
);

export const POST = routeEnvoi("convention.lire", { nature: "verification", champ: "fichier" }, verifier);
