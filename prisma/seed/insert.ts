// Writes the referential and a ConventionSeed into the database (seed and test factories).
import { groupeParDefaut } from "../../lib/domain/signature";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { parseMontant } from "../../lib/domain/money";
import { fromCalendarDate } from "../../lib/domain/dates";
import { ORGANISATIONS, PERSONNES, TEXTES } from "./referentiel";
import type { ConventionSeed } from "./types";

type Db = PrismaClient;
const date = (value?: string) => (value ? fromCalendarDate(value) : null);
const cents = (value?: string) => (value === undefined ? null : parseMontant(value));

export async function upsertReferentiel(db: Db) {
  const ids = new Map<string, string>();
  for (const org of ORGANISATIONS) {
    const parentId = "parent" in org ? ids.get(org.parent) : undefined;
    const data = {
      nom: org.nom,
      sigle: org.sigle,
      type: org.type,
      adresse: "adresse" in org ? org.adresse : null,
      parentId: parentId ?? null,
    };
    const existing = await db.organisation.findFirst({ where: { sigle: org.sigle } });
    const saved = existing ? await db.organisation.update({ where: { id: existing.id }, data }) : await db.organisation.create({ data });
    ids.set(org.sigle, saved.id);
  }
  for (const org of ORGANISATIONS) {
    if (!("successeur" in org)) continue;
    await db.organisation.update({
      where: { id: ids.get(org.sigle)! },
      data: {
        successeurId: ids.get(org.successeur)!,
        dateSuccession: date(org.dateSuccession),
        baseJuridiqueSuccession: "baseJuridiqueSuccession" in org ? org.baseJuridiqueSuccession : null,
      },
    });
  }
  for (const personne of PERSONNES) {
    const existing = await db.personne.findFirst({ where: { prenom: personne.prenom, nom: personne.nom } });
    const data = { prenom: personne.prenom, nom: personne.nom, qualite: personne.qualite, organisationId: ids.get(personne.organisation)! };
    if (existing) await db.personne.update({ where: { id: existing.id }, data });
    else await db.personne.create({ data });
  }
  for (const texte of TEXTES) {
    await db.texteJuridique.upsert({
      where: { nature_numero: { nature: texte.nature, numero: texte.numero } },
      create: { ...texte, dateTexte: date(texte.dateTexte)! },
      update: { intitule: texte.intitule, dateTexte: date(texte.dateTexte)! },
    });
  }
  return ids;
}

async function organisationId(db: Db, sigle: string) {
  const org = await db.organisation.findFirst({ where: { sigle } });
  if (!org) throw new Error(`Organisation inconnue : ${sigle}`);
  return org.id;
}

async function personneId(db: Db, fullName?: string) {
  if (!fullName) return null;
  const personnes = await db.personne.findMany();
  return personnes.find((p) => `${p.prenom} ${p.nom}` === fullName)?.id ?? null;
}

async function texteId(db: Db, ref?: string) {
  if (!ref) return null;
  const [nature, numero] = ref.split(" ");
  const texte = await db.texteJuridique.findFirst({ where: { nature: nature as never, numero } });
  return texte?.id ?? null;
}

export async function insertConvention(db: Db, seed: ConventionSeed, options: { createdById?: string } = {}) {
  const partieOrgs = await Promise.all(seed.parties.map((p) => organisationId(db, p.organisation)));
  const representants = await Promise.all(seed.parties.map((p) => personneId(db, p.representant)));
  const textes = await Promise.all(seed.basesLegales.map((b) => texteId(db, b.ref)));
  return db.$transaction(async (tx) => {
    const convention = await tx.convention.create({
      data: {
        reference: seed.reference,
        type: seed.type,
        titre: seed.titre,
        intitule: seed.intitule,
        objet: seed.objet,
        statut: seed.statut,
        serviceId: await organisationId(db, seed.service),
        dateConvention: date(seed.dateConvention),
        dateSignature: date(seed.dateSignature),
        pointDepart: seed.pointDepart,
        regleDuree: seed.regleDuree,
        dateFin: date(seed.dateFin),
        preavisMois: seed.preavisMois ?? null,
        plafondAe: cents(seed.plafondAe),
        plafondCp: cents(seed.plafondCp),
        titrePreambule: seed.titrePreambule ?? null,
        preambule: seed.preambule ?? null,
        formuleAccord: seed.formuleAccord ?? null,
        lieuSignature: seed.lieuSignature ?? null,
        createdById: options.createdById ?? null,
        basesLegales: { create: seed.basesLegales.map((b, i) => ({ ordre: i, texte: b.texte, texteId: textes[i] })) },
        articles: {
          create: seed.articles.map((a, i) => ({ ordre: i, numero: a.numero, titre: a.titre, corps: a.corps, notes: a.notes ?? [] })),
        },
        lignesEcheancier: { create: seed.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) })) },
        imputation: seed.imputation ? { create: seed.imputation } : undefined,
        parametrage: seed.parametrage ? { create: seed.parametrage } : undefined,
        cofinancements: {
          create: seed.cofinancements.map((c, i) => ({
            ordre: i,
            financeur: c.financeur,
            fonds: c.fonds,
            montant: parseMontant(c.montant),
          })),
        },
        annexes: {
          create: seed.annexes.map((a, i) => ({
            ordre: i,
            numero: a.numero,
            titre: a.titre,
            texte: a.texte ?? null,
            tableau: a.tableau ?? undefined,
          })),
        },
      },
    });
    const parties = [];
    for (const [i, p] of seed.parties.entries()) {
      parties.push(
        await tx.partie.create({
          data: {
            conventionId: convention.id,
            ordre: i,
            role: p.role,
            organisationId: partieOrgs[i]!,
            libelle: p.libelle,
            adresse: p.adresse ?? null,
            representantId: representants[i],
            representantNom: p.representantNom ?? null,
            qualite: p.qualite ?? null,
            mentionRole: p.mentionRole ?? null,
            denominations: p.denominations,
          },
        }),
      );
    }
    for (const [i, s] of seed.signatures.entries()) {
      await tx.signature.create({
        data: {
          conventionId: convention.id,
          partieId: parties[s.partie]!.id,
          ordre: i,
          groupe: groupeParDefaut(seed.parties[s.partie]!.role),
          mention: s.mention,
          signataireNom: s.signataireNom ?? null,
          signataireId: await personneId(db, s.signataireNom),
          qualite: s.qualite ?? null,
          pourLeCompteDe: s.pourLeCompteDe ?? null,
          autorite: s.autorite ?? null,
          dateSignature: date(s.dateSignature),
          lieu: seed.lieuSignature ?? null,
          // A draft has signed nobody's block, whatever the text it was copied from.
          signee: s.signee && !["BROUILLON", "EN_REVUE", "PRETE_A_SIGNER"].includes(seed.statut),
        },
      });
    }
    await tx.auditEvent.create({
      data: {
        type: "CONVENTION_IMPORTEE",
        entite: "Convention",
        entiteId: convention.id,
        conventionId: convention.id,
        userId: options.createdById ?? null,
        apres: { reference: seed.reference },
      },
    });
    return convention;
  });
}
