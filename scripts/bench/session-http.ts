// An agent's session over HTTP for the load benches (bench:memory, bench:load): its cookies, kept
// from each answer, and the password login of next-auth as the login page posts it.
export class SessionHttp {
  cookies = new Map<string, string>();
  constructor(protected base: string) {}
  protected header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  protected keep(response: Response) {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }
  async login(email: string, password: string) {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    this.keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${this.base}/conventions` });
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.header() },
      body,
      redirect: "manual",
    });
    this.keep(response);
    if (![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`Connexion impossible pour ${email}`);
  }
}
