"use client";
// What the review's parts share: the actions the page passes, the badges of each state, and the hook
// that runs an action, says its outcome and refreshes the page (a conflict shows the new state).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { MESSAGE_SANS_REPONSE, type Action } from "@/lib/actions/result";
import type { FilVue, SectionVue } from "@/lib/views/revue";
import type { AnswerFilInput, OpenFilInput } from "@/lib/schemas/revue";
import type { Message } from "@/components/dsfr/Bandeau";

export type Actions = {
  ouvrir: Action<OpenFilInput, { id: string }>;
  repondre: Action<AnswerFilInput, { etat: string }>;
  resoudre: Action<{ filId: string; version: number }, { etat: string }>;
  approuver: Action<{ conventionId: string; numero: number | null; section: string; empreinte: string }, { section: string }>;
  approuverTout: Action<{ conventionId: string; numero: number | null; sections: { section: string; empreinte: string }[] }, string[]>;
};

export const ETATS_SECTION: Record<SectionVue["etat"], { texte: string; classe: string }> = {
  a_relire: { texte: "À relire", classe: "fr-badge--info" },
  approuvee: { texte: "Approuvée", classe: "fr-badge--success" },
  modifiee_depuis: { texte: "Modifiée depuis son approbation", classe: "fr-badge--warning" },
};
export const ETATS_FIL: Record<FilVue["etat"], { texte: string; classe: string }> = {
  OUVERT: { texte: "Ouverte", classe: "fr-badge--warning" },
  REPONDU: { texte: "Répondue", classe: "fr-badge--info" },
  RESOLU: { texte: "Résolue", classe: "fr-badge--success" },
};

/** Runs an action, says its outcome, refreshes the page (a conflict shows the new state). */
export function useEnvoi() {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);
  const envoyer = async <R>(run: () => Promise<{ ok: true; data: R } | { ok: false; code: string; message: string }>, succes: string) => {
    setPending(true);
    setMessage(undefined);
    const result = await run().catch(() => ({ ok: false as const, code: "SANS_REPONSE", message: MESSAGE_SANS_REPONSE }));
    setPending(false);
    if (!result.ok) {
      setMessage({ ok: false, texte: result.message });
      if (result.code === "CONFLIT_VERSION" || result.code === "SECTION_CHANGEE") router.refresh();
      return false;
    }
    setMessage({ ok: true, texte: succes });
    router.refresh();
    return true;
  };
  return { message, pending, envoyer };
}

export type Envoi = ReturnType<typeof useEnvoi>;
