// Kept apart from client.ts: prisma.config.ts loads it before the client is generated.
// Discrete connection fields from a DATABASE_URL: a pool given a connectionString lets the
// string win over a `database` override (needed for the shadow and test databases).
export type DatabaseConfig = { host: string; port: number; user: string; password?: string; database: string };

export function parseDatabaseUrl(url: string): DatabaseConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL invalide : « ${url.replace(/:[^:@/]*@/, ":***@")} » n'est pas une URL postgresql://…`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error("DATABASE_URL doit commencer par postgresql://");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
