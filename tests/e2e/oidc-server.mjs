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
    },
  ],
  // Like ProConnect: the ID token carries only `sub`; the claims come from userinfo.
  claims: { openid: ["sub"], email: ["email"], given_name: ["given_name"], usual_name: ["usual_name"] },
  conformIdTokenClaims: true,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const email = id.toLowerCase();
    const [given] = email.split("@");
    return { accountId: email, claims: async () => ({ sub: email, email, given_name: given, usual_name: "Agent" }) };
  },
  cookies: { keys: ["conventions-e2e-cookie-key"] },
});
provider.proxy = true;

provider.listen(port, "127.0.0.1", () => console.log(`OIDC de test prêt sur ${issuer}`));
