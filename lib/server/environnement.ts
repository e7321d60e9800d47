// The environment, read once and checked (issue 23): every variable the app, the worker and the
// scripts read is named here, with its type and default. In production (NODE_ENV=production
// outside the demo) the secrets are required — nothing secret is generated per machine, or two
// instances would refuse each other's sessions and sign with two different CAs — and a start with
// a missing or inconsistent variable stops with a French message naming each one.
// Not "server-only": scripts/start.ts and scripts/worker.ts call it before anything else.
import { z } from "zod";

type Env = Record<string, string | undefined>;

const vide = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const texte = z.preprocess(vide, z.string().optional());
const adresse = (exemple: string) =>
  z.preprocess(vide, z.url({ message: `une adresse complète est attendue (ex. ${exemple})` }).optional());
const entier = (defaut: number, min = 0) =>
  z.preprocess(
    (v) => (vide(v) === undefined ? defaut : Number(v)),
    z.number({ message: "un nombre est attendu" }).int("un nombre entier est attendu").min(min, `au moins ${min}`),
  );
const oui = z.preprocess(
  (v) => (vide(v) === undefined ? undefined : ["1", "true", "oui", "yes", "on"].includes(String(v).trim().toLowerCase())),
  z.boolean().optional(),
);

const SCHEMA = z.object({
  NODE_ENV: z.preprocess(vide, z.enum(["development", "production", "test"]).default("development")),
  /** Set by `npm run demo` (scripts/start.ts --demo): a production build with demo secrets made on the machine. */
  CONVENTIONS_DEMO: oui,
  DATABASE_URL: z.preprocess(
    vide,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "une adresse postgresql://utilisateur:motdepasse@hote:5432/base est attendue")
      .optional(),
  ),
  DATABASE_POOL_SIZE: entier(10, 1),
  NEXTAUTH_SECRET: z.preprocess(vide, z.string().min(32, "au moins 32 caractères (ex. openssl rand -base64 32)").optional()),
  NEXTAUTH_URL: adresse("https://conventions.numerique.gouv.fr"),
  APP_URL: adresse("https://conventions.numerique.gouv.fr"),
  TRUSTED_PROXY_HOPS: entier(0),
  /** « Vérifier une publication »: requests per client address in 10 minutes. */
  VERIFICATION_PUBLIQUE_LIMITE: entier(30, 1),
  PROCONNECT_ISSUER: adresse("https://auth.agentconnect.gouv.fr/api/v2"),
  PROCONNECT_CLIENT_ID: texte,
  PROCONNECT_CLIENT_SECRET: texte,
  PROCONNECT_SCOPES: z.preprocess(vide, z.string().default("openid email given_name usual_name")),
  PROCONNECT_ACR_SIGNATURE: texte,
  SMTP_URL: z.preprocess(
    vide,
    z
      .string()
      .regex(/^smtps?:\/\//, "une adresse smtp:// ou smtps:// est attendue")
      .optional(),
  ),
  SMTP_FROM: texte,
  /** In-app signature (PAdES, certificates issued by the app's CA); « non »: signatories deposit scans. */
  SIGNATURE_DANS_L_APP: oui,
  SIGNATURE_CA_P12: texte,
  SIGNATURE_CA_MOT_DE_PASSE: texte,
  SIGNATURE_CLE: z.preprocess(
    vide,
    z
      .string()
      .refine((v) => Buffer.from(v, "base64").length === 32, "32 octets en base64 sont attendus (ex. openssl rand -base64 32)")
      .optional(),
  ),
  SIGNATURE_TSA_URL: adresse("https://horodatage.example.gouv.fr/tsa"),
  SIGNATURE_DOSSIER: z.preprocess(vide, z.string().default(".data/signature")),
  FICHIERS_S3_BUCKET: texte,
  FICHIERS_S3_ENDPOINT: adresse("https://s3.gra.io.cloud.ovh.net"),
  FICHIERS_S3_REGION: texte,
  FICHIERS_S3_PATH_STYLE: oui,
  FICHIERS_S3_PREFIXE: texte,
  FICHIERS_S3_ACCESS_KEY_ID: texte,
  FICHIERS_S3_SECRET_ACCESS_KEY: texte,
  DATAGOUV_API_URL: adresse("https://www.data.gouv.fr/api/1"),
  DATAGOUV_API_KEY: texte,
  DATAGOUV_DATASET: texte,
  IMPORT_OCR_DELAI_PAGE_MS: entier(90_000, 1000),
  /** PDF rendering threads (unset: one per core, at most 4; 0: in the server's thread), their heap (MiB), renders before recycling. */
  PDF_WORKERS: z.preprocess((v) => (vide(v) === undefined ? undefined : Number(v)), z.number().int().min(0).optional()),
  PDF_WORKER_HEAP_MB: entier(0),
  PDF_WORKER_RECYCLE: entier(100),
  /** pino's levels: fatal, error, warn, info, debug, trace, silent. */
  LOG_LEVEL: z.preprocess(vide, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  /** Prometheus metrics: the port of the server's (the worker's is the next one), on METRICS_HOTE. Unset: no metrics. */
  METRICS_PORT: z.preprocess((v) => (vide(v) === undefined ? undefined : Number(v)), z.number().int().min(1).max(65534).optional()),
  METRICS_HOTE: z.preprocess(vide, z.string().default("127.0.0.1")),
  /** When set, the metrics answer only with « Authorization: Bearer <token> ». */
  METRICS_TOKEN: texte,
  /** Migrations applied by `npm start` before serving (« non »: by `npm run db:migrate` only). */
  MIGRATIONS_AU_DEMARRAGE: oui,
});

export type Environnement = z.infer<typeof SCHEMA> & {
  /** Production rules apply: secrets required, nothing generated on the machine. */
  production: boolean;
  signatureDansLApp: boolean;
};

export class ErreurEnvironnement extends Error {
  constructor(readonly problemes: string[]) {
    super(
      `Configuration incomplète ou invalide :\n${problemes.map((p) => `  – ${p}`).join("\n")}\n` +
        `Voir .env.example et la section « Mise en production » du README.`,
    );
    this.name = "ErreurEnvironnement";
  }
}

/** The environment checked: throws ErreurEnvironnement listing every problem at once. */
export function lireEnvironnement(env: Env = process.env): Environnement {
  const lu = SCHEMA.safeParse(env);
  const problemes: string[] = lu.success ? [] : lu.error.issues.map((i) => `${i.path.join(".")} : ${i.message}`);
  if (!lu.success) throw new ErreurEnvironnement(problemes);
  const e = lu.data;
  // (`next build` loads the server's modules with NODE_ENV=production: secrets are for running, not building.)
  const production = e.NODE_ENV === "production" && !e.CONVENTIONS_DEMO && env.NEXT_PHASE !== "phase-production-build";
  const signatureDansLApp = e.SIGNATURE_DANS_L_APP ?? true;
  const ensemble = (noms: string[], pourquoi: string) => {
    const presents = noms.filter((n) => (e as Record<string, unknown>)[n] !== undefined);
    if (presents.length > 0 && presents.length < noms.length)
      problemes.push(`${noms.filter((n) => !presents.includes(n)).join(", ")} manquant(s) : ${pourquoi}`);
  };
  ensemble(["PROCONNECT_ISSUER", "PROCONNECT_CLIENT_ID", "PROCONNECT_CLIENT_SECRET"], "ProConnect demande les trois");
  ensemble(["FICHIERS_S3_ACCESS_KEY_ID", "FICHIERS_S3_SECRET_ACCESS_KEY"], "les deux clés du magasin d'objets vont ensemble");
  ensemble(["SIGNATURE_CA_P12", "SIGNATURE_CA_MOT_DE_PASSE"], "l'autorité de certification est un PKCS#12 et son mot de passe");
  ensemble(["DATAGOUV_API_KEY", "DATAGOUV_DATASET"], "l'envoi à data.gouv.fr demande la clé et le jeu de données");
  if (!e.FICHIERS_S3_BUCKET) {
    const orphelines = ["FICHIERS_S3_ENDPOINT", "FICHIERS_S3_REGION", "FICHIERS_S3_PREFIXE", "FICHIERS_S3_ACCESS_KEY_ID"].filter(
      (n) => (e as Record<string, unknown>)[n] !== undefined,
    );
    if (orphelines.length) problemes.push(`FICHIERS_S3_BUCKET manquant : ${orphelines.join(", ")} ne servent qu'avec un magasin d'objets`);
  }
  if (production) {
    const requis = (nom: keyof typeof e, pourquoi: string) => {
      if (e[nom] === undefined) problemes.push(`${nom} manquant : ${pourquoi}`);
    };
    requis("NEXTAUTH_SECRET", "il signe les sessions ; le même sur chaque instance");
    requis("NEXTAUTH_URL", "l'adresse publique du service, pour les liens des courriels et ProConnect");
    if (signatureDansLApp) {
      const pourquoi = "la signature dans l'application est active (SIGNATURE_DANS_L_APP=non pour ne recevoir que des scans)";
      requis("SIGNATURE_CA_P12", `l'autorité qui délivre les certificats des signataires : ${pourquoi}`);
      requis("SIGNATURE_CA_MOT_DE_PASSE", `le mot de passe du PKCS#12 : ${pourquoi}`);
      requis("SIGNATURE_CLE", `la clé qui scelle les certificats des signataires, la même sur chaque instance : ${pourquoi}`);
    }
  }
  if (problemes.length) throw new ErreurEnvironnement(problemes);
  return { ...e, production, signatureDansLApp };
}

/** What the check reads of the environment: its variables, and the build phase. */
const LUES = [...Object.keys(SCHEMA.shape), "NEXT_PHASE"];
let cache: { lu: Environnement; cle: string } | undefined;

/** The process's environment, checked; read again when one of its variables changed (tests set
 *  them). Called on every request: the key is those variables only, not the whole environment. */
export function environnement(): Environnement {
  const cle = LUES.map((nom) => process.env[nom] ?? "\u0000").join("\u0001");
  if (cache?.cle === cle) return cache.lu;
  const lu = lireEnvironnement(process.env);
  cache = { lu, cle };
  return lu;
}

/** The secret of this deployment: NEXTAUTH_SECRET, or a fixed one outside production. */
export function secretDeLApplication(env: Environnement = environnement()): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.production) throw new ErreurEnvironnement(["NEXTAUTH_SECRET manquant"]);
  return "developpement-sans-secret";
}
