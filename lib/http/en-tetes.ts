// The security headers of every page (proxy.ts) and of every other response (next.config.ts).
// Pure: computed from the request's facts, tested in en-tetes.test.ts.

/** Content-Security-Policy of a page: scripts only from the app and with this request's nonce
 *  (Next puts it on its own scripts, react-dsfr on its inline one), never framed, forms posted only
 *  to the app (and to ProConnect, where the login leaves for it). */
export function politiqueDeContenu(nonce: string, options: { dev?: boolean; https?: boolean; proConnect?: string | null } = {}): string {
  const formAction = ["'self'", ...(options.proConnect ? [new URL(options.proConnect).origin] : [])].join(" ");
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a trusted script are trusted (Next's chunks); next dev evaluates code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (style={{…}}) and DSFR sets some: inline styles, no inline scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formAction}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Features the app never uses, refused to the page and to anything it could embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

/** HTTPS for a year, subdomains included: sent only on a response served over HTTPS. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh nonce per request (128 bits, base64). */
export function nouveauNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Whether the request came in over HTTPS (directly, or as the reverse proxy says). */
export function viaHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}
