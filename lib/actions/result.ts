/** What every server action answers (lib/actions/action.ts): data, or a French message and the
 *  fields to correct. Plain type, shared with the client components that call actions. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; champs?: Record<string, string> };

/** A server action as a client component receives it (as a prop). */
export type Action<I, T> = (input: I) => Promise<ActionResult<T>>;

export const MESSAGE_SANS_REPONSE =
  "Le serveur n'a pas répondu, la demande n'a peut-être pas abouti. Vos saisies sont conservées : rechargez la page pour voir si elle a été prise en compte, puis réessayez si besoin.";

/** Calls a server action from the browser: when the call itself fails (the network, the server
 *  gone), the answer is a French message like any refusal, never a silent failure. */
export async function appeler<I, T>(action: Action<I, T>, input: I): Promise<ActionResult<T>> {
  try {
    return await action(input);
  } catch {
    return { ok: false, code: "SANS_REPONSE", message: MESSAGE_SANS_REPONSE };
  }
}
