// The parts a convention and its avenants print alike: the parties, the legal bases, the signature blocks.
import type { ReactNode } from "react";
import { formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_ROLE_PARTIE } from "@/lib/domain/libelles";
import type { RolePartie } from "@/lib/views/convention";

type PartieAffichee = {
  cle: string;
  role: RolePartie;
  libelle: string;
  adresse: string | null;
  representantNom: string | null;
  qualite: string | null;
  mentionRole: string | null;
  denominations: string[];
  /** A line under the party (« Organisation devenue DINUM le … »). */
  note?: ReactNode;
};

export function PartiesDocument({ parties, titre = "Parties" }: { parties: PartieAffichee[]; titre?: string }) {
  return (
    <section id="parties" aria-labelledby="titre-parties">
      <h3 id="titre-parties" className="fr-h5">
        {titre}
      </h3>
      {parties.map((p, i) => (
        <div key={p.cle} className="fr-mb-3w" data-testid="partie">
          <p className="fr-mb-1v">{i === 0 ? "Entre" : "et"}</p>
          <p className="fr-mb-1v">
            <strong>{p.libelle}</strong> <span className="fr-badge fr-badge--sm fr-badge--blue-ecume">{LIBELLES_ROLE_PARTIE[p.role]}</span>
          </p>
          {p.adresse && <p className="fr-mb-1v">Adresse : {p.adresse}</p>}
          {(p.representantNom || p.qualite) && (
            <p className="fr-mb-1v">
              Représenté{p.libelle.match(/^La /) ? "e" : ""} par {p.representantNom}
              {p.qualite ? `, ${p.qualite}` : ""}
              {p.mentionRole ? `, ${p.mentionRole}` : ""}
            </p>
          )}
          {p.denominations.length > 0 && (
            <p className="fr-mb-1v">Ci-après dénommé(e) {p.denominations.map((d) => `« ${d} »`).join(" ou ")}</p>
          )}
          {p.note && <p className="fr-text--sm fr-mb-0">{p.note}</p>}
        </div>
      ))}
    </section>
  );
}

export function VisasDocument({ visas }: { visas: { texte: string }[] }) {
  if (visas.length === 0) return null;
  return (
    <section id="visas" aria-labelledby="titre-visas">
      <h3 id="titre-visas" className="fr-h5">
        Bases légales
      </h3>
      <ul>
        {visas.map((b, i) => (
          <li key={i}>Vu {b.texte} ;</li>
        ))}
      </ul>
    </section>
  );
}

type BlocAffiche = {
  id: string;
  mention: string;
  pourLeCompteDe: string | null;
  signataireNom: string | null;
  qualite?: string | null;
  signee: boolean;
  dateSignature: Date | null;
};

export function SignaturesDocument({ faitA, blocs }: { faitA: string; blocs: BlocAffiche[] }) {
  return (
    <section id="signatures" aria-labelledby="titre-signatures">
      <h3 id="titre-signatures" className="fr-h5">
        Signatures
      </h3>
      <p>{faitA}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {blocs.map((s) => (
          <div key={s.id} className="fr-col-12 fr-col-md-6">
            <div className="fr-p-2w" style={{ border: "1px dashed var(--border-default-grey)" }}>
              <p className="fr-mb-1v">{s.mention}</p>
              {s.pourLeCompteDe && <p className="fr-mb-1v">{s.pourLeCompteDe}</p>}
              {s.signataireNom && <p className="fr-mb-1v fr-text--bold">{s.signataireNom}</p>}
              {s.qualite && <p className="fr-mb-1v">{s.qualite}</p>}
              <p className="fr-text--sm fr-mb-0">
                {s.signee ? `Signé${s.dateSignature ? ` le ${formatDateLongue(s.dateSignature)}` : ""}` : "Non signé"}
              </p>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
