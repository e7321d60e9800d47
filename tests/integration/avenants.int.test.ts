// Avenants: created on a signed convention only, one in progress at a time, moved through their
// life cycle by the right roles, and applied to the consolidated convention once signed.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import { transitionDocument } from "@/lib/server/cycle/transition";
import { mener } from "../helpers/cycle";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { avenantSchema, blankAvenant, type AvenantInput } from "@/lib/schemas/avenant";
import { prolongation, saisieAvenant } from "../helpers/avenant";

const db = testDb();
const blocVide = { qualite: "", groupe: "", autorite: "TITULAIRE" as const, autoriteReference: "", pourLeCompteDe: "", lieu: "" };
const org = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;

async function setup() {
  const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
  const relecteur = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
  const signataire = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DNE") });
  const convention = await createConvention(db, { statut: "SIGNEE" });
  return { redacteur, relecteur, signataire, convention };
}

describe("avenants", () => {
  it("extends seed 003 by a year and moves 20 000 € of CP: applied once signed, previewed before", async () => {
    const { redacteur, relecteur, signataire, convention } = await setup();
    const { numero } = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    expect(numero).toBe(1);

    const avant = await getConsolidation(relecteur, convention.id);
    expect([avant.etat.dateFin, avant.chronologie]).toEqual(["2025-12-31", []]);
    const apercu = await getConsolidation(relecteur, convention.id, { avecProjet: true });
    expect(apercu.etat.dateFin).toBe("2026-12-31");
    expect(apercu.projetInclus).toBe(true);

    await mener(
      { conventionId: convention.id, numero },
      [
        [redacteur, "SOUMETTRE"],
        [relecteur, "VALIDER"],
        [signataire, "SIGNER_DERNIERE_PARTIE"],
      ],
      { dateSignature: "2025-11-15" },
    );
    const apres = await getConsolidation(relecteur, convention.id);
    expect(apres.etat.dateFin).toBe("2026-12-31");
    expect(apres.etat.echeancier).toEqual([
      { annee: 2024, ae: 12_000_000n, cp: 1_000_000n },
      { annee: 2025, ae: 0n, cp: 9_000_000n },
      { annee: 2026, ae: 0n, cp: 2_000_000n },
    ]);
    expect(apres.chronologie).toEqual([
      {
        numero: 1,
        datePublication: null, // signed, not yet published
        dateSignature: "2025-11-15",
        effets: [expect.stringContaining("31/12/2026"), expect.stringContaining("à partir de 2025")],
      },
    ]);
    expect(apres.constats).toEqual([]);
    expect(await db.auditEvent.count({ where: { conventionId: convention.id, type: { startsWith: "AVENANT_" } } })).toBe(5); // created, submitted, validated, signed by each party
  });

  it("answers an unknown organisation of a succession at its field, and writes nothing", async () => {
    const { redacteur, convention } = await setup();
    const dinum = await org("DINUM");
    const saisie = await saisieAvenant(redacteur, convention.id, {
      ...prolongation,
      succession: { active: true, remplaceeId: "inexistante", successeurId: dinum },
    });
    await expect(createAvenant(redacteur, convention.id, saisie)).rejects.toMatchObject({
      code: "ORGANISATION_INCONNUE",
      champs: { "succession.remplaceeId": expect.stringContaining("n'existe pas") },
    });
    expect(await db.avenant.count({ where: { conventionId: convention.id } })).toBe(0);
  });

  it("refuses an avenant to a convention not signed by every party", async () => {
    const { redacteur } = await setup();
    const draft = await createConvention(db, { statut: "BROUILLON" });
    await expect(createAvenant(redacteur, draft.id, await saisieAvenant(redacteur, draft.id, prolongation))).rejects.toMatchObject({
      code: "CONVENTION_NON_SIGNEE",
    });
  });

  it("allows one avenant in progress at a time", async () => {
    const { redacteur, convention } = await setup();
    await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    await expect(
      createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation)),
    ).rejects.toMatchObject({
      code: "AVENANT_EN_COURS",
      message: "L'avenant n° 1 est encore en projet : terminez-le avant d'en créer un autre.",
    });
  });

  it("lets each step be done by its role only, in order", async () => {
    const { redacteur, signataire, convention } = await setup();
    const { numero } = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    await expect(
      transitionDocument(signataire, { conventionId: convention.id, numero, evenement: "SOUMETTRE", version: 1 }),
    ).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(
      transitionDocument(signataire, {
        conventionId: convention.id,
        numero,
        evenement: "SIGNER_DERNIERE_PARTIE",
        version: 1,
      }),
    ).rejects.toMatchObject({
      code: "SIGNATURE_PAR_PARTIE",
    });
  });

  it("checks a stated remainder against the arithmetic", async () => {
    const { redacteur, relecteur, convention } = await setup();
    const reduction = await saisieAvenant(redacteur, convention.id, {
      ...blankAvenant(),
      plafonds: { active: true, ae: "100 000", cp: "100 000" },
      reliquat: { active: true, ae: "25 000", cp: "" },
      articles: [{ numero: "1", titre: "Réduction", corps: "…" }],
    });
    await createAvenant(redacteur, convention.id, reduction);
    const { constats } = await getConsolidation(relecteur, convention.id, { avecProjet: true });
    expect(constats.map((c) => c.code)).toContain("RELIQUAT_INEXACT");
  });

  it.each<[string, Partial<AvenantInput>, string]>([
    ["no change", {}, "Un avenant modifie au moins un élément de la convention : cochez un changement."],
    ["an extension without date", { prolongation: { active: true, nouvelleDateFin: "" } }, "Indiquez la nouvelle date de fin."],
    [
      "a schedule line before the first replaced year",
      { echeancier: { active: true, aPartirDe: "2025", lignes: [{ annee: "2024", ae: "1", cp: "1" }] } },
      "Cette ligne précède 2025, première année remplacée.",
    ],
  ])("the form explains %s", (_label, change, message) => {
    const result = avenantSchema.safeParse({ ...blankAvenant(), articles: [{ numero: "1", titre: "x", corps: "" }], ...change });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toContain(message);
  });
});

describe("PDF of an avenant and of the consolidated version", () => {
  it("prints the avenant in its own layout, and the consolidated convention marked as informative", async () => {
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const { buildAvenantPdfData, buildConsolidatedPdfData } = await import("@/lib/server/pdf/build-other-pdf-data");
    const { renderConventionPdf } = await import("@/lib/server/pdf/render-convention-pdf");
    const { redigerArticlesAvenant } = await import("@/lib/domain/avenant-redaction");
    const { changementsFromData } = await import("@/lib/schemas/avenant-changements");
    const { redacteur, relecteur, signataire, convention } = await setup();
    const saisie = await saisieAvenant(redacteur, convention.id, prolongation);
    const seeded = await db.convention.findUniqueOrThrow({ where: { id: convention.id }, include: { articles: true } });
    saisie.articles = redigerArticlesAvenant(
      { titre: seeded.titre, date: "2024-09-01", articles: seeded.articles },
      changementsFromData(saisie, []),
    );
    const { numero } = await createAvenant(redacteur, convention.id, saisie);
    await mener(
      { conventionId: convention.id, numero },
      [
        [redacteur, "SOUMETTRE"],
        [relecteur, "VALIDER"],
        [signataire, "SIGNER_DERNIERE_PARTIE"],
      ],
      { dateSignature: "2025-11-15" },
    );
    const data = await getConsolidation(relecteur, convention.id);
    const detail = await getAvenant(relecteur, convention.id, 1);
    const text = async (pdf: Buffer) => {
      const file = `${os.tmpdir()}/avenant-${convention.id}-${Math.random()}.pdf`;
      fs.writeFileSync(file, pdf);
      return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[\s\u00a0]+/g, " ");
    };
    const avenantText = await text(await renderConventionPdf(buildAvenantPdfData(detail)));
    expect(avenantText).toContain("Avenant n° 1 à la convention de délégation de gestion du 1er septembre 2024");
    expect(avenantText).toContain(
      "L'article 8 de la convention initiale du 1er septembre 2024 est modifié comme suit : « La convention prendra fin au 31 décembre 2026. »",
    );
    expect(avenantText).toMatch(/2026\s+0\s*€\s+20 000\s*€/);
    expect(avenantText).toContain("Fait à Paris, le 15 novembre 2025");
    expect(avenantText).not.toContain("PROJET");
    const consolidated = buildConsolidatedPdfData(data);
    expect(consolidated.meta.fileName).toMatch(/_consolidee\.pdf$/);
    const consolidatedText = await text(await renderConventionPdf(consolidated));
    expect(consolidatedText).toContain("document informatif — avenants appliqués : n° 1 (signé le 15/11/2025)");
    expect(consolidatedText).toContain("prendra fin au 31 décembre 2026");
    expect(consolidatedText).toMatch(/2025\s+0\s*€\s+90 000\s*€/);
  });
});

describe("an avenant prints what it says (issue 18, item 9)", () => {
  it("its typed title, its opening sentence, no « Il a été convenu » it does not have, each party's place, a « P/A »", async () => {
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const { buildAvenantPdfData } = await import("@/lib/server/pdf/build-other-pdf-data");
    const { renderConventionPdf } = await import("@/lib/server/pdf/render-convention-pdf");
    const { redacteur, relecteur, convention } = await setup();
    const depart = await saisieAvenant(redacteur, convention.id, prolongation);
    // The form starts from the usual opening sentence, built from the convention.
    expect(depart.introduction).toMatch(
      /^Le présent avenant vient modifier les termes de la convention de délégation de gestion du 1er\s+septembre 2024 \(référence REF-[^)]+\), conclue (le .* )?entre .* et .*, en application du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État\.$/,
    );
    const saisie = await saisieAvenant(redacteur, convention.id, {
      ...prolongation,
      titre: "Avenant n° 1 portant prolongation de la convention Webinaire",
      introduction:
        "Le présent avenant vient modifier les termes de la convention conclue le 1er septembre 2024, en application du décret n° 2004-1085.",
      formuleAccord: "",
      signatures: [
        {
          ...blocVide,
          partie: "0",
          mention: "Pour le ministre et par délégation,",
          signataireNom: "",
          pourLeCompteDe: "P/A le chef de service",
          lieu: "Lyon",
        },
        { ...blocVide, partie: "1", mention: "Pour la DINUM, la directrice", signataireNom: "" },
      ],
    });
    const { numero } = await createAvenant(redacteur, convention.id, saisie);
    const detail = await getAvenant(relecteur, convention.id, numero);
    const file = `${os.tmpdir()}/avenant-texte-${convention.id}.pdf`;
    fs.writeFileSync(file, await renderConventionPdf(buildAvenantPdfData(detail)));
    const texte = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[\s\u00a0]+/g, " ");
    expect(texte).toContain("Avenant n° 1 portant prolongation de la convention Webinaire");
    expect(texte).toContain(
      "Le présent avenant vient modifier les termes de la convention conclue le 1er septembre 2024, en application du décret n° 2004-1085.",
    );
    expect(texte).not.toContain("Il a été convenu");
    expect(texte).toContain("À Lyon, le");
    expect(texte).toContain("À Paris, le");
    expect(texte).not.toContain("Fait à");
    expect(texte).toContain("Pour le ministre et par délégation, P/A le chef de"); // (two columns: « service » below)
  });
});

describe("deleting a draft avenant", () => {
  it("frees the way for the next one, is audited, and refuses anything past the draft", async () => {
    const { deleteAvenantDraft } = await import("@/lib/server/avenants/delete-avenant");
    const { redacteur, signataire, convention } = await setup();
    const { numero } = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    await expect(deleteAvenantDraft(signataire, convention.id, numero)).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await deleteAvenantDraft(redacteur, convention.id, numero);
    expect(await db.auditEvent.count({ where: { conventionId: convention.id, type: "AVENANT_SUPPRIME" } })).toBe(1);
    const second = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    expect(second.numero).toBe(1);
    await transitionDocument(redacteur, { conventionId: convention.id, numero: 1, evenement: "SOUMETTRE", version: 1 });
    await expect(deleteAvenantDraft(redacteur, convention.id, 1)).rejects.toMatchObject({ code: "AVENANT_NON_BROUILLON" });
  });
});

describe("editing a saved avenant draft", () => {
  it("reloads it into its form, saves it again with an optimistic lock, audits it, and refuses once frozen", async () => {
    const { updateAvenant } = await import("@/lib/server/avenants/update-avenant");
    const { avenantVersSaisie } = await import("@/lib/schemas/avenant-saisie");
    const { redacteur, relecteur, convention } = await setup();
    const { numero } = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    const detail = await getAvenant(redacteur, convention.id, numero);
    const saisie = avenantVersSaisie(detail.avenant, detail.articles, detail.texte);
    // What was saved comes back as it was typed.
    expect(avenantSchema.parse(saisie)).toMatchObject({
      ...(await saisieAvenant(redacteur, convention.id, prolongation)),
      titre: detail.avenant.titre,
    });
    saisie.contexte = "Prolongation d'un an, corrigée.";
    await updateAvenant(redacteur, convention.id, numero, 1, avenantSchema.parse(saisie));
    const relu = await getAvenant(redacteur, convention.id, numero);
    expect(relu.avenant).toMatchObject({ contexte: "Prolongation d'un an, corrigée.", version: 2 });
    expect(relu.avenant.changements.map((c) => c.type)).toEqual(detail.avenant.changements.map((c) => c.type));
    await expect(updateAvenant(redacteur, convention.id, numero, 1, avenantSchema.parse(saisie))).rejects.toMatchObject({
      code: "CONFLIT_VERSION",
    });
    expect(await db.auditEvent.count({ where: { entiteId: detail.avenant.id, type: "AVENANT_MODIFIE" } })).toBe(1);
    await mener({ conventionId: convention.id, numero }, [
      [redacteur, "SOUMETTRE"],
      [relecteur, "VALIDER"],
    ]);
    await expect(updateAvenant(redacteur, convention.id, numero, 4, avenantSchema.parse(saisie))).rejects.toMatchObject({
      code: "AVENANT_FIGE",
    });
  });
});

describe("an avenant's own legal bases, parties at its date and signature blocks", () => {
  it("are stored with it, printed in its PDF, checked, reviewed by section, and the next avenant starts from them", async () => {
    const { execFileSync } = await import("node:child_process");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const { buildAvenantPdfData } = await import("@/lib/server/pdf/build-other-pdf-data");
    const { renderConventionPdf } = await import("@/lib/server/pdf/render-convention-pdf");
    const { documentDAvenant } = await import("@/lib/server/revue/load-document");
    const { departAvenant } = await import("@/lib/server/avenants/texte-avenant");
    const { redacteur, relecteur, signataire, convention } = await setup();
    const depart = await saisieAvenant(redacteur, convention.id, prolongation);
    // What the page starts from: the convention's visas, then the convention itself; its parties and blocks.
    expect(depart.basesLegales.at(-1)!.texte).toMatch(/^la convention de délégation de gestion du 1er\s+septembre\s+2024 \(référence /u);
    expect(depart.parties.map((p) => p.libelle)).toEqual(
      (await getConsolidation(redacteur, convention.id)).etat.parties.map((p) => p.libelle),
    );

    const saisie = await saisieAvenant(redacteur, convention.id, {
      ...prolongation,
      basesLegales: [{ texte: "le décret n° 2004-1058 du 14 octobre 2004" }, { texte: "la convention du 1er septembre 2024" }],
      parties: depart.parties.map((p, i) => ({
        ...p,
        adresse: p.adresse ?? "",
        denominations: p.denominations.join("\n"),
        representantNom: i === 1 ? "Camille Nouvelle" : (p.representantNom ?? ""),
        qualite: i === 1 ? "directrice interministérielle du numérique par intérim" : (p.qualite ?? ""),
        mentionRole: i === 1 ? "délégant, d'autre part" : (p.mentionRole ?? ""),
      })),
      signatures: [
        { ...blocVide, partie: "0", mention: "Pour le ministère, le directeur", signataireNom: "Audran Le Baron" },
        { ...blocVide, partie: "1", mention: "Pour la DINUM, la directrice par intérim", signataireNom: "Camille Nouvelle" },
      ],
    });
    const { numero } = await createAvenant(redacteur, convention.id, saisie);
    const detail = await getAvenant(relecteur, convention.id, numero);
    expect(detail.texte.repris).toBe(false);
    expect(detail.texte.basesLegales.map((b) => b.texte)).toEqual([
      "le décret n° 2004-1058 du 14 octobre 2004",
      "la convention du 1er septembre 2024",
    ]);
    expect(detail.texte.parties[1]).toMatchObject({ role: "DELEGATAIRE", representantNom: "Camille Nouvelle" });
    expect(detail.texte.signatures.map((s) => s.signataireNom)).toEqual(["Audran Le Baron", "Camille Nouvelle"]);
    // The checks of a convention's text run on its own: the typo in its visa, the party it calls by another role.
    expect(detail.constats.filter((c) => c.message.startsWith("Avenant n° 1 : ")).map((c) => [c.code, c.champ])).toEqual([
      ["TEXTE_INCONNU", "basesLegales.0"],
      ["ROLE_CONTREDIT", "parties.1.role"],
    ]);
    const document = documentDAvenant(detail);
    expect(document.sections.map((s) => s.cle)).toEqual(expect.arrayContaining(["parties", "visas", "signatures"]));

    const file = `${os.tmpdir()}/avenant-texte-${convention.id}.pdf`;
    fs.writeFileSync(file, await renderConventionPdf(buildAvenantPdfData(detail)));
    const pdf = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[\s\u00a0]+/g, " ");
    expect(pdf).toContain("Vu le décret n° 2004-1058 du 14 octobre 2004 ;");
    expect(pdf).toContain("Représentée par Camille Nouvelle, directrice interministérielle du numérique par intérim");
    expect(pdf).toContain("Pour la DINUM, la directrice par intérim");

    // An error stops it before signature: corrected, then signed, it is what the next avenant starts from.
    const { updateAvenant } = await import("@/lib/server/avenants/update-avenant");
    const corrigee = saisie.parties.map((p, i) => (i === 1 ? { ...p, mentionRole: "délégataire, d'autre part" } : p));
    await updateAvenant(redacteur, convention.id, numero, 1, { ...saisie, parties: corrigee });
    await mener(
      { conventionId: convention.id, numero },
      [
        [redacteur, "SOUMETTRE"],
        [relecteur, "VALIDER"],
        [signataire, "SIGNER_DERNIERE_PARTIE"],
      ],
      { dateSignature: "2025-11-15" },
    );
    const { convention: c, etat, partiesActuelles } = await getConsolidation(redacteur, convention.id);
    // The consolidated convention names the parties as the avenant does.
    expect(partiesActuelles[1]).toMatchObject({ role: "DELEGATAIRE", representantNom: "Camille Nouvelle" });
    expect(partiesActuelles[0]!.representantNom).toBe(c.parties[0]!.representantNom);
    const suivant = await departAvenant(c, etat, detail.avenant.id);
    expect(suivant.parties[1]).toMatchObject({ representantNom: "Camille Nouvelle" });
    expect(suivant.signatures[1]).toMatchObject({ partie: "1", signataireNom: "Camille Nouvelle" });
  });

  it("names each party of the convention once, and only those", async () => {
    const { redacteur, convention } = await setup();
    const saisie = await saisieAvenant(redacteur, convention.id, prolongation);
    const autre = await createConvention(db, { statut: "SIGNEE" });
    const etrangere = await db.partie.findFirstOrThrow({ where: { conventionId: autre.id } });
    await expect(
      createAvenant(redacteur, convention.id, {
        ...saisie,
        parties: [{ ...saisie.parties[0]!, partieId: etrangere.id }, saisie.parties[1]!],
      }),
    ).rejects.toMatchObject({ code: "PARTIES_AVENANT", champs: { parties: expect.stringContaining("chacune des parties") } });
    await expect(createAvenant(redacteur, convention.id, { ...saisie, parties: [saisie.parties[0]!] })).rejects.toMatchObject({
      code: "PARTIES_AVENANT",
    });
    expect(await db.avenant.count({ where: { conventionId: convention.id } })).toBe(0);
  });
});
