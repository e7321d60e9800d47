"use server";
// Signing a party's block of a convention or an avenant in the app (the scan of a paper signature is an
// upload: app/televersement/scan).
import { makeAction } from "@/lib/actions/action";
import { signerEnLigneSchema } from "@/lib/schemas/signature";
import { signDocument } from "@/lib/server/signature/sign-document";
import { authentificationProConnect } from "@/lib/server/auth/agent";
import { acrExigesSignature } from "@/lib/server/auth/options";

export const signerEnLigneAction = makeAction("convention.signer", signerEnLigneSchema, async (agent, { reauth, motDePasse, ...d }) =>
  signDocument(agent, {
    ...d,
    mode: "APPLICATION",
    ...(reauth === "PROCONNECT"
      ? { proConnect: { authentification: await authentificationProConnect(), acrExiges: acrExigesSignature() } }
      : { motDePasse }),
  }),
);
