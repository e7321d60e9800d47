// « Importer un document »: the uploaded file is kept in the file store (its bytes, by SHA-256), and
// its reading is queued as a job with a progress record the review screen polls — never read in the
// user's request. A document not saved within a day is forgotten (the store's nightly purge).
import "server-only";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction } from "../db";
import { addJob } from "../jobs/job";
import { createTravail } from "../jobs/travail";
import { putFichier } from "../fichiers/fichiers";
import { analyseImportJob } from "./analyse.job";
import { verifierTaille } from "./read-document";

export async function requestAnalyse(agent: AgentLike, fichier: { nom: string; octets: Uint8Array }) {
  assertCan(agent, "document.importer");
  verifierTaille(fichier.octets.byteLength);
  const { sha256 } = await putFichier(fichier.octets);
  const nom = fichier.nom.slice(0, 200) || "document";
  return inTransaction(undefined, async (tx) => {
    const travail = await createTravail(tx, {
      nature: analyseImportJob.nom,
      agent,
      etape: "Document reçu : lecture en attente…",
      resultat: { nom, sha256 },
    });
    await addJob(tx, analyseImportJob, { travailId: travail.id, sha256, nom });
    return { travailId: travail.id };
  });
}
