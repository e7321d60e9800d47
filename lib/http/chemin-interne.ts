// Where the app may send a browser: a path of its own origin, never another host. Pure: the login
// page, the session's return address and every redirect of a route read it.

// Any origin will do: a path is judged by whether it stays on it once the URL API has resolved it.
const ORIGINE = "https://origine.invalid";

/** `value` when it is a path of this site, else `defaut`. The value is judged as given, nothing
 *  removed first: control characters (a tab or a newline, which browsers drop, turn « /\t/exemple.org »
 *  into « //exemple.org ») and backslashes (read as « / ») are refused outright; what remains must be a
 *  path that the URL API resolves on our own origin and that starts with a single slash. */
export function cheminInterne(value: string | undefined | null, defaut: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return defaut;
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(value)) return defaut;
  let url: URL;
  try {
    url = new URL(value, ORIGINE);
  } catch {
    return defaut;
  }
  if (url.origin !== ORIGINE) return defaut;
  const chemin = url.pathname + url.search + url.hash;
  return chemin.startsWith("//") ? defaut : chemin;
}

/** A redirection to a path of this site, by a relative `Location`: the browser stays on the host name
 *  it used (a public address configured elsewhere is for e-mails only). */
export function redirectionInterne(chemin: string, defaut: string, status: 303 | 307 = 307): Response {
  return new Response(null, { status, headers: { Location: cheminInterne(chemin, defaut), "Cache-Control": "private, no-store" } });
}
