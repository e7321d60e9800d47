// A PDF to check against the published documents (« Vérifier une publication »), without a session:
// up to 20 Mo, refused on its size before it is read.
import { routeEnvoiPublic } from "@/lib/actions/envoi";
import { makePublicAction } from "@/lib/actions/action";
import { verificationSchema } from "@/lib/schemas/signature";
import { verifyPublication } from "@/lib/server/publication/verify-publication";

export const dynamic = "force-dynamic";

const verifier = makePublicAction(verificationSchema, async ({ fichier }) =>
  verifyPublication({ nom: fichier.name, octets: Buffer.from(await fichier.arrayBuffer()) }),
);

export const POST = routeEnvoiPublic({ nature: "verification", champ: "fichier" }, verifier);
