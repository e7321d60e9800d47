// The internal certificate authority that issues each signatory's certificate (issue 11), and the
// sealing of those certificates' passwords. The CA is given as a PKCS#12 (SIGNATURE_CA_P12 and
// SIGNATURE_CA_MOT_DE_PASSE: a real one is plugged in there); without it, a development CA is
// generated on first run in .data/signature (certificatDeLAutorite() is what a verifier trusts; the
// page « Vérifier un PDF » offers it for download).
// Certificates are made with the openssl command (installed by scripts/ensure-system-deps.sh).
import "server-only";
import { execFileSync } from "node:child_process";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sha256 } from "../fichiers/fichiers";
import { environnement, secretDeLApplication } from "../environnement";

function openssl(args: string[], options: { cwd: string; input?: string }) {
  return execFileSync("openssl", args, { cwd: options.cwd, input: options.input, stdio: ["pipe", "pipe", "pipe"], encoding: "utf8" });
}

/** A scratch directory for one issuance, removed afterwards (keys never stay on disk). */
function dansUnDossierTemporaire<T>(travail: (dossier: string) => T): T {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "conventions-ca-"));
  try {
    return travail(dossier);
  } finally {
    fs.rmSync(dossier, { recursive: true, force: true });
  }
}

type Autorite = { p12: Buffer; motDePasse: string };

/** The CA in use: the one configured, or the development one (made once; written in one atomic
 *  rename, so that two processes starting together end up with one and the same CA). */
export function autoriteDeCertification(): Autorite {
  const env = environnement();
  if (env.SIGNATURE_CA_P12 && env.SIGNATURE_CA_MOT_DE_PASSE)
    return { p12: fs.readFileSync(path.resolve(env.SIGNATURE_CA_P12)), motDePasse: env.SIGNATURE_CA_MOT_DE_PASSE };
  // (In production the environment's check has already refused to start without SIGNATURE_CA_P12.)
  const DOSSIER_DEV = path.resolve(env.SIGNATURE_DOSSIER);
  const fichier = path.join(DOSSIER_DEV, "ca-dev.json");
  if (!fs.existsSync(fichier)) {
    fs.mkdirSync(DOSSIER_DEV, { recursive: true, mode: 0o700 });
    const motDePasse = randomBytes(24).toString("base64url");
    dansUnDossierTemporaire((d) => {
      openssl(
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:3072",
          "-nodes",
          "-utf8",
          "-days",
          "3650",
          "-keyout",
          "ca.key",
          "-out",
          "ca.pem",
          "-subj",
          "/CN=Autorité de développement — Conventions/O=Conventions de délégation de gestion",
          "-addext",
          "basicConstraints=critical,CA:TRUE",
          "-addext",
          "keyUsage=critical,keyCertSign,cRLSign",
        ],
        { cwd: d },
      );
      openssl(["pkcs12", "-export", "-inkey", "ca.key", "-in", "ca.pem", "-out", "ca.p12", "-passout", "stdin"], {
        cwd: d,
        input: motDePasse,
      });
      const temporaire = `${fichier}.${process.pid}.${randomBytes(4).toString("hex")}`;
      const contenu = { p12: fs.readFileSync(path.join(d, "ca.p12")).toString("base64"), motDePasse };
      fs.writeFileSync(temporaire, JSON.stringify(contenu), { mode: 0o600 });
      if (!fs.existsSync(fichier)) fs.renameSync(temporaire, fichier);
      else fs.rmSync(temporaire);
    });
  }
  const { p12, motDePasse } = JSON.parse(fs.readFileSync(fichier, "utf8")) as { p12: string; motDePasse: string };
  return { p12: Buffer.from(p12, "base64"), motDePasse };
}

/** The CA's certificate (PEM): what pdfsig and other verifiers are told to trust. */
export function certificatDeLAutorite(): string {
  const ca = autoriteDeCertification();
  const pem = dansUnDossierTemporaire((d) => {
    fs.writeFileSync(path.join(d, "ca.p12"), ca.p12);
    return openssl(["pkcs12", "-in", "ca.p12", "-nokeys", "-passin", "stdin"], { cwd: d, input: ca.motDePasse });
  });
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).join("\n") + "\n";
}

export type CertificatEmis = {
  p12: Buffer;
  motDePasse: string;
  sujet: string;
  emetteur: string;
  numeroSerie: string;
  empreinteSha256: string;
  valideJusquau: Date;
};

const sujetDN = (champs: [string, string][]) =>
  champs
    .filter(([, v]) => v.trim())
    // X.509 caps these attributes at 64 characters.
    .map(([k, v]) => `/${k}=${[...v.replace(/[/\\]/g, " ").trim()].slice(0, 64).join("")}`)
    .join("");

/** A signing certificate in the signatory's own name, issued by the CA, as a PKCS#12 under a fresh password. */
export function emettreCertificat(signataire: { nom: string; email: string; organisation: string | null }): CertificatEmis {
  const ca = autoriteDeCertification();
  const motDePasse = randomBytes(24).toString("base64url");
  return dansUnDossierTemporaire((d) => {
    fs.writeFileSync(path.join(d, "ca.p12"), ca.p12);
    openssl(["pkcs12", "-in", "ca.p12", "-nodes", "-passin", "stdin", "-out", "ca-all.pem"], { cwd: d, input: ca.motDePasse });
    const pem = fs.readFileSync(path.join(d, "ca-all.pem"), "utf8");
    fs.writeFileSync(
      path.join(d, "ca.key"),
      pem.match(/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/)![0],
    );
    fs.writeFileSync(path.join(d, "ca.pem"), pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/)![0]);
    const sujet = sujetDN([
      ["CN", signataire.nom],
      ["O", signataire.organisation ?? "Administration de l'État"],
      ["emailAddress", signataire.email],
    ]);
    openssl(["req", "-newkey", "rsa:2048", "-nodes", "-utf8", "-keyout", "u.key", "-out", "u.csr", "-subj", sujet], { cwd: d });
    fs.writeFileSync(
      path.join(d, "ext.cnf"),
      "keyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\nbasicConstraints=CA:FALSE\n",
    );
    const serie = `0x${randomBytes(12).toString("hex")}`;
    openssl(
      [
        "x509",
        "-req",
        "-in",
        "u.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-set_serial",
        serie,
        "-days",
        "825",
        "-extfile",
        "ext.cnf",
        "-out",
        "u.pem",
      ],
      { cwd: d },
    );
    openssl(["pkcs12", "-export", "-inkey", "u.key", "-in", "u.pem", "-certfile", "ca.pem", "-out", "u.p12", "-passout", "stdin"], {
      cwd: d,
      input: motDePasse,
    });
    const infos = openssl(
      ["x509", "-in", "u.pem", "-noout", "-subject", "-issuer", "-serial", "-enddate", "-nameopt", "utf8,sep_comma_plus_space"],
      {
        cwd: d,
      },
    );
    const ligne = (cle: string) => infos.match(new RegExp(`^${cle}=\\s*(.*)$`, "m"))?.[1]?.trim() ?? "";
    const der = Buffer.from(
      fs
        .readFileSync(path.join(d, "u.pem"), "utf8")
        .replace(/-----[^-]+-----/g, "")
        .replace(/\s+/g, ""),
      "base64",
    );
    return {
      p12: fs.readFileSync(path.join(d, "u.p12")),
      motDePasse,
      sujet: ligne("subject"),
      emetteur: ligne("issuer"),
      numeroSerie: ligne("serial"),
      empreinteSha256: sha256(der),
      valideJusquau: new Date(ligne("notAfter")),
    };
  });
}

/** The application's sealing key (SIGNATURE_CLE, 32 bytes in base64), or one derived from NEXTAUTH_SECRET. */
function cleDeScellement(): Buffer {
  const env = environnement();
  if (env.SIGNATURE_CLE) return Buffer.from(env.SIGNATURE_CLE, "base64"); // 32 bytes: checked with the environment
  return Buffer.from(hkdfSync("sha256", secretDeLApplication(env), "conventions", "scellement des certificats de signature", 32));
}

/** AES-256-GCM: iv.tag.ciphertext, each in base64url. */
export function sceller(texte: string): string {
  const iv = randomBytes(12);
  const chiffre = createCipheriv("aes-256-gcm", cleDeScellement(), iv);
  const donnees = Buffer.concat([chiffre.update(texte, "utf8"), chiffre.final()]);
  return [iv, chiffre.getAuthTag(), donnees].map((b) => b.toString("base64url")).join(".");
}

export function desceller(scelle: string): string {
  const [iv, tag, donnees] = scelle.split(".").map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  const dechiffre = createDecipheriv("aes-256-gcm", cleDeScellement(), iv);
  dechiffre.setAuthTag(tag);
  return Buffer.concat([dechiffre.update(donnees), dechiffre.final()]).toString("utf8");
}
