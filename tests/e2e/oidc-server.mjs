// A local OpenID Connect provider standing in for ProConnect in end-to-end tests (loopback only).
// Its development login form accepts any login: the login typed is the agent's e-mail.
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3200);
const appUrl = process.env.APP_URL ?? "http://localhost:3100";
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "conventions-e2e",
      client_secret: "conventions-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/proconnect`],
      token_endpoint_auth_method: "client_secret_post",
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // Like ProConnect: the ID token says when the agent authenticated (checked at signing).
      require_auth_time: true,
    },
  ],
  // Like ProConnect: the ID token carries only `sub`; the claims come from userinfo.
  claims: { openid: ["sub"], email: ["email"], given_name: ["given_name"], usual_name: ["usual_name"] },
  conformIdTokenClaims: true,
  pkce: { required: () => true },
  // The `claims` parameter, as ProConnect takes it (the step-up at signing asks auth_time and acr).
  features: { devInteractions: { enabled: true }, claimsParameter: { enabled: true } },
  acrValues: ["eidas1", "eidas2", "eidas3"],
  async findAccount(_ctx, id) {
    const email = id.toLowerCase();
    const [given] = email.split("@");
    return { accountId: email, claims: async () => ({ sub: email, email, given_name: given, usual_name: "Agent" }) };
  },
  cookies: { keys: ["conventions-e2e-cookie-key"] },
});
provider.proxy = true;

// The development login form is a password-only login: ProConnect says « eidas1 » for it.
const interactionFinished = provider.interactionFinished.bind(provider);
provider.interactionFinished = (req, res, result, options) =>
  interactionFinished(req, res, result.login ? { ...result, login: { ...result.login, acr: "eidas1" } } : result, options);

provider.listen(port, "127.0.0.1", () => console.log(`OIDC de test prêt sur ${issuer}`));
