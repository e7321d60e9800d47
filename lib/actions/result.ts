/** What every server action answers (lib/actions/action.ts): data, or a French message and the
 *  fields to correct. Plain type, shared with the client components that call actions. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string; champs?: Record<string, string> };

/** A server action as a client component receives it (as a prop). */
export type Action<I, T> = (input: I) => Promise<ActionResult<T>>;
