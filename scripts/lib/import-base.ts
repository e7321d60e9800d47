// The app's database for `npm run import`: its referential (organisations with their hierarchy and
// successions, legal texts) and, with --save, the agent on whose behalf documents are saved
// (--agent EMAIL, else the first active administrator) and the save itself (lib/server/import).
import type { ContexteImport } from "../../lib/domain/import";
import type { AnalyseFichier } from "../../lib/server/import/analyse-fichier";
import type { ModeEnregistrement } from "../../lib/server/import/save-import";
import { resolveDatabase } from "./database";

export async function ouvrirBase(options: { agent?: string; convention?: string }): Promise<{
  contexte: ContexteImport;
  enregistrer: (a: AnalyseFichier, octets: Uint8Array, nom: string, mode: ModeEnregistrement) => Promise<string>;
  fermer: () => Promise<void>;
}> {
  const base = await resolveDatabase({ log: (l) => process.stderr.write(`${l}\n`) });
  process.env.DATABASE_URL = base.url;
  const { db } = await import("../../lib/server/db");
  const { saveImport } = await import("../../lib/server/import/save-import");
  const { candidatesAvenant, saveAvenantImporte } = await import("../../lib/server/import/save-avenant-importe");
  const { loadContexteImport } = await import("../../lib/server/import/contexte");
  const contexte = await loadContexteImport().catch(async (e: unknown) => {
    await db.$disconnect().catch(() => {});
    await base.server?.stop();
    throw new Error(
      /does not exist/.test(String(e))
        ? "La base de l'application n'existe pas encore : démarrez l'application une fois (npm run demo), ou indiquez DATABASE_URL."
        : `La base de l'application ne répond pas : ${e instanceof Error ? e.message.split("\n").pop() : String(e)}`,
    );
  });
  let agent: { id: string; roles: string[]; organisationId: string | null } | null = null;
  return {
    contexte,
    enregistrer: async (analyse, octets, nom, mode) => {
      agent ??= await db.user.findFirst({
        where: options.agent ? { email: options.agent, actif: true } : { roles: { has: "ADMINISTRATEUR" }, actif: true },
        orderBy: { createdAt: "asc" },
        select: { id: true, roles: true, organisationId: true },
      });
      if (!agent)
        throw new Error(
          options.agent ? `Aucun compte actif « ${options.agent} ».` : "Aucun administrateur actif : indiquez --agent EMAIL.",
        );
      const qui = agent as Parameters<typeof saveImport>[0];
      if (analyse.document.nature === "AVENANT") {
        // the convention it amends: --convention REFERENCE, else the one its text names without doubt
        const choisie = options.convention
          ? (await db.convention.findFirst({ where: { reference: options.convention }, select: { id: true } }))?.id
          : (await candidatesAvenant(qui, analyse.document)).certaine;
        if (!choisie)
          throw new Error(
            options.convention
              ? `Aucune convention « ${options.convention} ».`
              : "La convention que cet avenant modifie n'a pas été trouvée sans ambiguïté : indiquez --convention REFERENCE.",
          );
        const a = await saveAvenantImporte(qui, analyse, octets, nom, choisie, mode);
        const c = await db.convention.findUniqueOrThrow({ where: { id: a.conventionId }, select: { reference: true } });
        return `${a.deja ? "déjà enregistré" : mode === "SIGNE" ? "avenant signé enregistré" : "avenant en projet enregistré"} : avenant n° ${a.numero} de ${c.reference}`;
      }
      const r = await saveImport(qui, analyse, octets, nom, mode);
      return `${r.deja ? "déjà enregistré" : mode === "SIGNE" ? "convention signée enregistrée" : "brouillon enregistré"} : ${r.reference}`;
    },
    fermer: async () => {
      await db.$disconnect();
      await base.server?.stop();
    },
  };
}
