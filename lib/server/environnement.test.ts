import { describe, expect, it } from "vitest";
import { ErreurEnvironnement, lireEnvironnement, secretDeLApplication } from "./environnement";

const SECRET = "s".repeat(40);
const CLE = Buffer.alloc(32, 7).toString("base64");
const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://app:mdp@db.interne:5432/conventions",
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: "https://conventions.numerique.gouv.fr",
  SIGNATURE_CA_P12: "/etc/conventions/autorite.p12",
  SIGNATURE_CA_MOT_DE_PASSE: "mdp",
  SIGNATURE_CLE: CLE,
};

const problemes = (env: Record<string, string | undefined>) => {
  try {
    lireEnvironnement(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ErreurEnvironnement);
    return (e as ErreurEnvironnement).problemes;
  }
};

describe("lireEnvironnement", () => {
  it("needs nothing in development and gives the defaults", () => {
    const env = lireEnvironnement({});
    expect(env).toMatchObject({
      production: false,
      signatureDansLApp: true,
      DATABASE_POOL_SIZE: 10,
      TRUSTED_PROXY_HOPS: 0,
      LOG_LEVEL: "info",
    });
    expect(secretDeLApplication(env)).toBe("developpement-sans-secret");
  });

  it("accepts a complete production environment", () => {
    const env = lireEnvironnement(PRODUCTION);
    expect(env.production).toBe(true);
    expect(secretDeLApplication(env)).toBe(SECRET);
  });

  it.each([
    ["NEXTAUTH_SECRET", /NEXTAUTH_SECRET manquant/],
    ["NEXTAUTH_URL", /NEXTAUTH_URL manquant/],
    ["SIGNATURE_CLE", /SIGNATURE_CLE manquant.*scelle/],
  ])("refuses production without %s, naming it in French", (nom, message) => {
    const env: Record<string, string | undefined> = { ...PRODUCTION, [nom]: undefined };
    expect(problemes(env).join("\n")).toMatch(message);
  });

  it("refuses production without the signing CA while in-app signature is on, not once it is off", () => {
    const sansCa = { ...PRODUCTION, SIGNATURE_CA_P12: undefined, SIGNATURE_CA_MOT_DE_PASSE: undefined, SIGNATURE_CLE: undefined };
    expect(problemes(sansCa)).toEqual([
      expect.stringMatching(/^SIGNATURE_CA_P12 manquant/),
      expect.stringMatching(/^SIGNATURE_CA_MOT_DE_PASSE manquant/),
      expect.stringMatching(/^SIGNATURE_CLE manquant/),
    ]);
    expect(lireEnvironnement({ ...sansCa, SIGNATURE_DANS_L_APP: "non" }).signatureDansLApp).toBe(false);
  });

  it("lets the demo run a production build with secrets made on the machine", () => {
    expect(lireEnvironnement({ NODE_ENV: "production", CONVENTIONS_DEMO: "1" }).production).toBe(false);
  });

  it.each([
    [{ NEXTAUTH_SECRET: "court" }, /NEXTAUTH_SECRET : au moins 32 caractères/],
    [{ SIGNATURE_CLE: "AAAA" }, /SIGNATURE_CLE : 32 octets en base64/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL : une adresse postgresql/],
    [{ TRUSTED_PROXY_HOPS: "un" }, /TRUSTED_PROXY_HOPS : un nombre est attendu/],
    [{ NEXTAUTH_URL: "conventions.gouv.fr" }, /NEXTAUTH_URL : une adresse complète/],
    [{ SMTP_URL: "relais:25" }, /SMTP_URL : une adresse smtp/],
    [{ PROCONNECT_ISSUER: "https://auth.example/api/v2" }, /PROCONNECT_CLIENT_ID, PROCONNECT_CLIENT_SECRET manquant/],
    [{ FICHIERS_S3_BUCKET: "b", FICHIERS_S3_ACCESS_KEY_ID: "k" }, /FICHIERS_S3_SECRET_ACCESS_KEY manquant/],
    [{ FICHIERS_S3_ENDPOINT: "https://s3.example" }, /FICHIERS_S3_BUCKET manquant : FICHIERS_S3_ENDPOINT/],
    [{ DATAGOUV_API_KEY: "k" }, /DATAGOUV_DATASET manquant/],
    [{ SIGNATURE_CA_P12: "/ca.p12" }, /SIGNATURE_CA_MOT_DE_PASSE manquant/],
    [{ LOG_LEVEL: "bavard" }, /LOG_LEVEL/],
  ])("says what is wrong with %o", (env, message) => {
    expect(problemes(env).join("\n")).toMatch(message);
  });

  it("lists every problem at once", () => {
    const erreur = (() => {
      try {
        lireEnvironnement({ NODE_ENV: "production", SIGNATURE_DANS_L_APP: "non" });
      } catch (e) {
        return e as ErreurEnvironnement;
      }
    })();
    expect(erreur?.problemes).toHaveLength(2);
    expect(erreur?.message).toMatch(/^Configuration incomplète ou invalide :\n  – NEXTAUTH_SECRET manquant/);
  });
});
