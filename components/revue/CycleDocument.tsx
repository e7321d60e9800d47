// The life cycle and the review of a document, as its page shows them: the step and its buttons,
// then the review by section once there is one.
import type { Action } from "@/lib/actions/result";
import type { RevueVue } from "@/lib/views/revue";
import type { Agent } from "@/lib/views/agent";
import type { TransitionInput } from "@/lib/schemas/revue";
import type { ResultatEtape, TravailVue } from "@/lib/views/travail";
import { rolesCan } from "@/lib/domain/roles";
import { prochainActeur } from "@/lib/domain/revue";
import { EtapeDocument } from "./EtapeDocument";
import { RevuePanel } from "./RevuePanel";

type Actions = Parameters<typeof RevuePanel>[0]["actions"] & { transition: Action<TransitionInput, ResultatEtape> };

export function CycleDocument({
  agent,
  revue,
  validation,
  actions,
}: {
  agent: Agent;
  revue: RevueVue;
  /** The validation running (or just failed) for this document, if any. */
  validation: TravailVue | null;
  actions: Actions;
}) {
  const peutRelire = rolesCan(agent.roles, "convention.relire");
  const { transition, ...revueActions } = actions;
  return (
    <>
      <EtapeDocument
        conventionId={revue.conventionId}
        numero={revue.numero}
        statut={revue.statut}
        version={revue.version}
        roles={agent.roles}
        prochainActeur={prochainActeur(revue.statut, revue.numero ? "avenant" : "convention")}
        blocages={revue.blocages}
        avertissements={revue.avertissements}
        validation={validation}
        transition={transition}
      />
      {(revue.statut === "EN_REVUE" || revue.fils.length > 0 || revue.sections.some((s) => s.approbation)) && (
        <RevuePanel
          revue={revue}
          peutRelire={peutRelire}
          peutCommenter={peutRelire || rolesCan(agent.roles, "convention.modifier")}
          actions={revueActions}
        />
      )}
    </>
  );
}
