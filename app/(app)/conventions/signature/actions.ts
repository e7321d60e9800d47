"use server";
// Signing a party's block of a convention or an avenant: in the app, or by the scan of the paper signature.
import { makeAction } from "@/lib/actions/action";
import { deposerScanSchema, signerEnLigneSchema } from "@/lib/schemas/signature";
import { signerDocument } from "@/lib/server/signature/signer-document";

export const signerEnLigneAction = makeAction("convention.signer", signerEnLigneSchema, (agent, d) =>
  signerDocument(agent, { ...d, mode: "APPLICATION" }),
);

export const deposerScanAction = makeAction("convention.signer", deposerScanSchema, async (agent, { scan, ...d }) =>
  signerDocument(agent, { ...d, mode: "SCAN", scan: { nom: scan.name, octets: Buffer.from(await scan.arrayBuffer()) } }),
);
