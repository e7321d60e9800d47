import type { Mention as MentionServeur } from "@/lib/server/service-public";

/** A value of this deployment's identity; unset, what to set, shown as such. */
export function Mention({ m }: { m: MentionServeur }) {
  return m.renseigne ? <>{m.texte}</> : <em>{m.texte}</em>;
}

/** The contact address, as a mail link once set. */
export function ContactService({ m }: { m: MentionServeur }) {
  return m.renseigne && m.texte.includes("@") ? <a href={`mailto:${m.texte}`}>{m.texte}</a> : <Mention m={m} />;
}
