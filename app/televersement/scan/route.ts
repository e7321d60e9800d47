// The scan of a party's paper signature: an upload of up to 20 Mo, refused on its size before it is read.
import { routeEnvoi } from "@/lib/actions/envoi";
import { makeAction } from "@/lib/actions/action";
import { deposerScanSchema } from "@/lib/schemas/signature";
import { signDocument } from "@/lib/server/signature/sign-document";

export const dynamic = "force-dynamic";

const deposerScan = makeAction("convention.signer", deposerScanSchema, async (agent, { scan, ...d }) =>
  signDocument(agent, { ...d, mode: "SCAN", scan: { nom: scan.name, octets: Buffer.from(await scan.arrayBuffer()) } }),
);

export const POST = routeEnvoi("convention.signer", { nature: "scan", champ: "scan" }, deposerScan);
