// The internal certificate authority's certificate, for a verifier's trust store (pdfsig, Adobe).
import { makeRoute } from "@/lib/actions/route";
import { certificatDeLAutorite } from "@/lib/server/signature/autorite";

export const dynamic = "force-dynamic";

export const GET = makeRoute(null, async () => ({
  octets: certificatDeLAutorite(),
  nom: "autorite-conventions.pem",
  type: "application/x-pem-file",
}));
