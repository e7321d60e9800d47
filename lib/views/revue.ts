// The review of a document as its pages see it (lib/server/revue/).
import type { Constat } from "@/lib/domain/controles";
import type { EtatSection } from "@/lib/domain/revue";
import type { Statut } from "@/lib/domain/statut";

export type EtatFil = "OUVERT" | "REPONDU" | "RESOLU";

export type MessageVue = { id: string; auteur: string; texte: string; createdAt: Date };

export type FilVue = {
  id: string;
  section: string;
  sectionLibelle: string;
  sectionExiste: boolean;
  ligne: string | null;
  etat: EtatFil;
  version: number;
  auteur: string;
  createdAt: Date;
  resoluPar: string | null;
  resoluLe: Date | null;
  messages: MessageVue[];
};

export type SectionVue = {
  cle: string;
  libelle: string;
  empreinte: string;
  etat: EtatSection;
  approbation: { par: string; le: Date } | null;
};

export type RevueVue = {
  documentId: string;
  conventionId: string;
  numero: number | null;
  statut: Statut;
  version: number;
  sections: SectionVue[];
  fils: FilVue[];
  /** What stops « valider », warnings aside (they are acknowledged when validating). */
  blocages: string[];
  avertissements: (Constat & { cle: string })[];
  /** The schedule's years, for a thread on one line. */
  annees: number[];
  versionsFigees: { numero: number; sha256: string; figeeLe: Date; figeePar: string | null }[];
};
