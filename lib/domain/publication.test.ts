import { describe, expect, it } from "vitest";
import {
  canauxProposes,
  manquesPublication,
  messageDataGouv,
  metadonneesPublication,
  nomFichierPublie,
  norOfficiel,
  publicationDuDocument,
} from "./publication";
import { convention2024Webinaire } from "../../prisma/seed/convention-2024-webinaire";
import { convention2021ClasseA12 } from "../../prisma/seed/convention-2021-classe-a-12";
import { convention2020ClasseA12 } from "../../prisma/seed/convention-2020-classe-a-12";

describe("channels proposed from the publication article", () => {
  it.each([
    [
      "seed 003 (article 10: BO, gouvernement.fr, data.gouv.fr)",
      convention2024Webinaire.articles,
      ["BULLETIN_OFFICIEL", "GOUVERNEMENT_FR", "DATA_GOUV_FR"],
      /^10$/,
    ],
    [
      "seed 004 (« selon les modalités propres… sur gouvernement.fr et … data.gouv.fr »)",
      convention2021ClasseA12.articles,
      ["GOUVERNEMENT_FR", "DATA_GOUV_FR"],
      /./,
    ],
    [
      "an article titled « Publication » naming the Journal officiel",
      [{ numero: "7", titre: "Publication", corps: "La présente convention est publiée au Journal officiel de la République française." }],
      ["JOURNAL_OFFICIEL"],
      /^7$/,
    ],
    [
      "a typo and capitals: « Bulletin Officiel », « Data.Gouv.fr »",
      [{ numero: "9", titre: "Dispositions diverses", corps: "Elle sera publiée au Bulletin Officiel du ministère et sur Data.Gouv.fr." }],
      ["BULLETIN_OFFICIEL", "DATA_GOUV_FR"],
      /^9$/,
    ],
  ])("%s", (_cas, articles, canaux, numero) => {
    const p = canauxProposes(articles);
    expect(p.canaux).toEqual(canaux);
    expect(String(p.article?.numero)).toMatch(numero);
  });

  it("a text that names no channel (seed 001's avenant-like text): the délégant's BO and data.gouv.fr, no article", () => {
    const p = canauxProposes([{ numero: "1", titre: "Objet", corps: "La présente convention a pour objet…" }]);
    expect(p).toEqual({ canaux: ["BULLETIN_OFFICIEL", "DATA_GOUV_FR"], article: null });
    expect(canauxProposes(convention2020ClasseA12.articles).canaux.length).toBeGreaterThan(0);
  });
});

describe("NOR", () => {
  it.each([
    ["MENE2412345A", "MENE2412345A"],
    ["mene 24 12345 a", "MENE2412345A"],
    ["PRMX2301234S", "PRMX2301234S"],
    ["MEN-E-24-12345-A", "MENE2412345A"],
    ["MENE241234A", null], // 4 digits
    ["MEN2412345A", null], // 3 letters
    ["MENE24123456", null], // no final letter
    ["", null],
  ])("%s → %s", (saisie, attendu) => expect(norOfficiel(saisie)).toBe(attendu));
});

describe("what a channel needs before it is published", () => {
  const dates = { derniereSignature: "2024-09-01", aujourdhui: "2024-12-01" };
  it.each([
    [{ canal: "BULLETIN_OFFICIEL", nor: "MENE2412345A", date: "2024-10-10" }, []],
    [{ canal: "BULLETIN_OFFICIEL", nor: "", date: "2024-10-10" }, ["nor"]],
    [{ canal: "BULLETIN_OFFICIEL", nor: "MENE24", date: "2024-08-31" }, ["nor", "date"]],
    [{ canal: "JOURNAL_OFFICIEL", nor: "PRMX2301234S", date: "2024-12-02" }, ["date"]], // to come
    [{ canal: "GOUVERNEMENT_FR", url: "https://www.gouvernement.fr/x", date: "2024-09-01" }, []], // the day of the signature
    [{ canal: "GOUVERNEMENT_FR", url: "", date: null }, ["url", "date"]],
    [{ canal: "DATA_GOUV_FR", url: "www.data.gouv.fr", date: "2024-10-01" }, ["url"]],
    [{ canal: "AUTRE", libelle: "", url: "https://intranet.example/x", date: "2024-10-01" }, ["libelle"]],
  ] as const)("%o → %o", (saisie, champs) => {
    expect(Object.keys(manquesPublication(saisie, dates)).sort()).toEqual([...champs].sort());
  });
});

describe("the document is published when every required channel is", () => {
  const c = (requis: boolean, etat: "A_FAIRE" | "PUBLIEE" | "EN_ERREUR", datePublication: string | null = null) => ({
    requis,
    etat,
    datePublication,
  });
  it.each([
    ["nothing recorded", [], { publiee: false, date: null }],
    ["one of two required", [c(true, "PUBLIEE", "2024-10-10"), c(true, "A_FAIRE")], { publiee: false, date: null }],
    [
      "all required, the last date wins",
      [c(true, "PUBLIEE", "2024-10-10"), c(true, "PUBLIEE", "2024-10-12"), c(false, "EN_ERREUR")],
      { publiee: true, date: "2024-10-12" },
    ],
    ["none required", [c(false, "PUBLIEE", "2024-10-10")], { publiee: false, date: null }],
  ] as const)("%s", (_cas, canaux, attendu) => expect(publicationDuDocument(canaux)).toMatchObject(attendu));
});

describe("data.gouv.fr", () => {
  const doc = {
    reference: "2024-DNE-DINUM-01",
    numeroAvenant: null,
    titre: "Convention de délégation de gestion",
    objet: "Délégation de moyen pour le webinaire de l'État",
    delegants: [{ sigle: "DNE", nom: "Direction du numérique pour l'éducation" }],
    delegataires: [{ sigle: "DINUM", nom: "Direction interministérielle du numérique" }],
    derniereSignature: "2024-09-01",
    dateFin: "2025-12-31",
    duree: null,
    totalAe: 12_000_000n,
    totalCp: 12_000_000n,
    programme: "214",
  };
  it("names the file the same way every time, avenants with their number, accents and spaces folded", () => {
    expect(nomFichierPublie(doc)).toBe("convention-delegation-gestion-2024-dne-dinum-01-dne-dinum.pdf");
    expect(nomFichierPublie({ ...doc, numeroAvenant: 2, delegants: [{ sigle: null, nom: "Secrétariat général" }] })).toBe(
      "convention-delegation-gestion-2024-dne-dinum-01-secretariat-general-dinum-avenant-2.pdf",
    );
  });
  it("writes the title and description from the document: parties, purpose, last signature, end, amounts, programme", () => {
    const m = metadonneesPublication(doc);
    expect(m.title).toBe("Convention de délégation de gestion 2024-DNE-DINUM-01 — DNE / DINUM");
    expect(m.description).toContain(
      "Délégant : Direction du numérique pour l'éducation (DNE). Délégataire : Direction interministérielle du numérique (DINUM).",
    );
    expect(m.description).toMatch(/Signée le 1er\s+septembre\s+2024/);
    expect(m.description).toMatch(
      /Montants : 120\u202f000\u00a0€ en autorisations d'engagement, 120\u202f000\u00a0€ en crédits de paiement\./,
    );
    expect(m.description).toContain("Programme : 214.");
  });
  it.each([
    [401, false, /^La clé d'API data\.gouv\.fr a expiré ou a été révoquée/],
    [403, false, /n'a pas le droit/],
    [404, false, /introuvable/],
    [500, true, /erreur 500/],
    [502, true, /erreur 502/],
    [null, true, /ne répond pas/],
  ])("HTTP %s: retried %s, said in French", (statut, reessayer, message) => {
    const r = messageDataGouv(statut, "détail");
    expect(r.reessayer).toBe(reessayer);
    expect(r.message).toMatch(message);
  });
});
