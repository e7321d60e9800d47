// A stand-in RFC 3161 timestamp authority on loopback, for the tests of PAdES B-T: openssl's own
// `ts -reply`, with a TSA certificate made on the spot (extended key usage timeStamping, critical).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";

export async function demarrerHorodatage(): Promise<{ url: string; requetes: () => number; arreter: () => Promise<void> }> {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "tsa-"));
  const f = (nom: string) => path.join(dossier, nom);
  fs.writeFileSync(f("serial"), "01\n");
  fs.writeFileSync(
    f("tsa.cnf"),
    [
      "[ req ]",
      "distinguished_name = dn",
      "[ dn ]",
      "[ ext ]",
      "basicConstraints = critical,CA:false",
      "keyUsage = critical,digitalSignature",
      "extendedKeyUsage = critical,timeStamping",
      "[ tsa ]",
      "default_tsa = tsa_config",
      "[ tsa_config ]",
      `dir = ${dossier}`,
      "serial = $dir/serial",
      "signer_digest = sha256",
      "default_policy = 1.2.3.4.1",
      "digests = sha256, sha384, sha512",
      "accuracy = secs:1",
      "ess_cert_id_alg = sha256",
      "ordering = no",
      "tsa_name = no",
      "",
    ].join("\n"),
  );
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
    "-subj", "/CN=Horodatage de test/O=Conventions",
    "-keyout", f("tsa.key"), "-out", f("tsa.crt"), "-config", f("tsa.cnf"), "-extensions", "ext",
  ], { stdio: "ignore" }); // prettier-ignore
  let n = 0;
  const serveur = http.createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on("data", (c: Buffer) => morceaux.push(c));
    req.on("end", () => {
      n += 1;
      const q = f(`q${n}.tsq`);
      const r = f(`r${n}.tsr`);
      fs.writeFileSync(q, Buffer.concat(morceaux));
      try {
        execFileSync("openssl", [
          "ts", "-reply", "-config", f("tsa.cnf"), "-queryfile", q,
          "-signer", f("tsa.crt"), "-inkey", f("tsa.key"), "-out", r,
        ], { stdio: "ignore" }); // prettier-ignore
        res.writeHead(200, { "Content-Type": "application/timestamp-reply" }).end(fs.readFileSync(r));
      } catch {
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    requetes: () => n,
    arreter: () => new Promise((ok) => serveur.close(() => ok())),
  };
}
