// The S3-compatible object store (AWS, OVHcloud, Scaleway, Outscale, MinIO, Garage…), used for the
// bytes of files when FICHIERS_S3_BUCKET is set (docs/adr/010-magasin-de-fichiers.md). An object is
// named by the SHA-256 of its bytes: writing one that is already there changes nothing, and nothing
// here ever overwrites an object.
import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { environnement, lireEnvironnement } from "../environnement";

export type ConfigurationS3 = {
  bucket: string;
  /** For a provider other than AWS (its S3 address); AWS's own when absent. */
  endpoint?: string;
  region: string;
  /** Names of the form `bucket-host/bucket/key` instead of `bucket.bucket-host/key` (MinIO, most stand-ins). */
  pathStyle: boolean;
  /** Before every object's name: several instances can share one bucket. */
  prefixe: string;
  /** The key pair; else the AWS SDK's usual chain (AWS_ACCESS_KEY_ID…, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
};

/** The configuration in the environment, or null when the files stay in PostgreSQL. */
export function configurationS3(source?: Record<string, string | undefined>): ConfigurationS3 | null {
  // (Both keys or neither, no store setting without a bucket: checked with the environment.)
  const env = source ? lireEnvironnement(source) : environnement();
  const bucket = env.FICHIERS_S3_BUCKET;
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.FICHIERS_S3_ENDPOINT,
    region: env.FICHIERS_S3_REGION || "eu-west-3",
    pathStyle: env.FICHIERS_S3_PATH_STYLE ?? false,
    prefixe: env.FICHIERS_S3_PREFIXE ?? "",
    accessKeyId: env.FICHIERS_S3_ACCESS_KEY_ID,
    secretAccessKey: env.FICHIERS_S3_SECRET_ACCESS_KEY,
  };
}

/** Where the bytes of files go when they are not kept in PostgreSQL. */
export type MagasinObjets = {
  /** Writes the bytes under `nom` unless an object of that name is there (then nothing). */
  deposer(nom: string, octets: Uint8Array): Promise<void>;
  /** The bytes under `nom`, or null when there is no such object. */
  lire(nom: string): Promise<Uint8Array | null>;
  retirer(nom: string): Promise<void>;
  description: string;
};

const absent = (e: unknown) =>
  e instanceof S3ServiceException && (e.name === "NotFound" || e.name === "NoSuchKey" || e.$metadata.httpStatusCode === 404);

export function magasinS3(c: ConfigurationS3): MagasinObjets {
  const client = new S3Client({
    region: c.region,
    endpoint: c.endpoint,
    forcePathStyle: c.pathStyle,
    credentials: c.accessKeyId && c.secretAccessKey ? { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey } : undefined,
    // The checksums newer SDKs add to every request by default are refused by several S3-compatible
    // stores; the bytes are checked against their SHA-256 name at every read anyway.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 4,
  });
  const cle = (nom: string) => `${c.prefixe}${nom}`;
  return {
    description: `S3 ${c.endpoint ?? "AWS"} / ${c.bucket}${c.prefixe ? ` / ${c.prefixe}` : ""}`,
    async deposer(nom, octets) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: c.bucket, Key: cle(nom) }));
        return; // already there: an object is never overwritten
      } catch (e) {
        if (!absent(e)) throw e;
      }
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: c.bucket,
            Key: cle(nom),
            Body: octets,
            ContentLength: octets.byteLength,
            ContentType: "application/octet-stream",
            IfNoneMatch: "*", // (where the store supports it, even a concurrent write cannot replace it)
          }),
        );
      } catch (e) {
        if (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 412) return; // written meanwhile
        throw e;
      }
    },
    async lire(nom) {
      try {
        const r = await client.send(new GetObjectCommand({ Bucket: c.bucket, Key: cle(nom) }));
        return r.Body ? await r.Body.transformToByteArray() : new Uint8Array();
      } catch (e) {
        if (absent(e)) return null;
        throw e;
      }
    },
    async retirer(nom) {
      await client.send(new DeleteObjectCommand({ Bucket: c.bucket, Key: cle(nom) }));
    },
  };
}
