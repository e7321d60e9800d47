// The client's address, for throttling logins by address. Next sets X-Forwarded-For to the
// socket's address when the request has none; behind reverse proxies, each appends the address
// it saw. TRUSTED_PROXY_HOPS says how many proxies stand in front of the app (0 by default):
// the address is the one the outermost of them saw. Directly exposed (0), a client can write its
// own header: the per-account limits still hold, the per-address one is then best effort.
import "server-only";
import { environnement } from "../environnement";

export function adresseClient(
  forwardedFor: string | string[] | null | undefined,
  hops = environnement().TRUSTED_PROXY_HOPS,
): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const list = (value ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (!list.length) return null;
  const index = Number.isInteger(hops) && hops > 0 ? Math.max(0, list.length - hops) : 0;
  return list[index]!.slice(0, 64);
}
