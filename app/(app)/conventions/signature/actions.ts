"use server";
// Signing a party's block of a convention or an avenant: in the app, or by the scan of the paper signature.
import { makeAction } from "@/lib/actions/action";
import { deposerScanSchema, signerEnLigneSchema } from "@/lib/schemas/signature";
import { signerDocument } from "@/lib/server/signature/signer-document";
import { authentificationProConnect } from "@/lib/server/auth/agent";
import { acrExigesSignature } from "@/lib/server/auth/options";

export const signerEnLigneAction = makeAction("convention.signer", signerEnLigneSchema, async (agent, { reauth, motDePasse, ...d }) =>
  signerDocument(agent, {
    ...d,
    mode: "APPLICATION",
    ...(reauth === "PROCONNECT"
      ? { proConnect: { authentification: await authentificationProConnect(), acrExiges: acrExigesSignature() } }
      : { motDePasse }),
  }),
);

export const deposerScanAction = makeAction("convention.signer", deposerScanSchema, async (agent, { scan, ...d }) =>
  signerDocument(agent, { ...d, mode: "SCAN", scan: { nom: scan.name, octets: Buffer.from(await scan.arrayBuffer()) } }),
);
