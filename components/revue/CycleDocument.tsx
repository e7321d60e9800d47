// The life cycle and the review of a document, as its page shows them: the step and its buttons,
// then the review by section once there is one.
import type { Action } from "@/lib/actions/result";
import type { RevueVue } from "@/lib/views/revue";
import type { Agent } from "@/lib/views/agent";
import type { TransitionInput } from "@/lib/schemas/revue";
import type { Statut } from "@/lib/domain/statut";
import { roleCan } from "@/lib/domain/roles";
import { prochainActeur } from "@/lib/domain/revue";
import { EtapeDocument } from "./EtapeDocument";
import { RevuePanel } from "./RevuePanel";

type Actions = Parameters<typeof RevuePanel>[0]["actions"] & { transition: Action<TransitionInput, { statut: Statut; version: number }> };

export function CycleDocument({ agent, revue, actions }: { agent: Agent; revue: RevueVue; actions: Actions }) {
  const peutRelire = roleCan(agent.role, "convention.relire");
  const { transition, ...revueActions } = actions;
  return (
    <>
      <EtapeDocument
        conventionId={revue.conventionId}
        numero={revue.numero}
        statut={revue.statut}
        version={revue.version}
        role={agent.role}
        prochainActeur={prochainActeur(revue.statut, revue.numero ? "avenant" : "convention")}
        blocages={revue.blocages}
        avertissements={revue.avertissements}
        transition={transition}
      />
      {(revue.statut === "EN_REVUE" || revue.fils.length > 0 || revue.sections.some((s) => s.approbation)) && (
        <RevuePanel
          revue={revue}
          peutRelire={peutRelire}
          peutCommenter={peutRelire || roleCan(agent.role, "convention.modifier")}
          actions={revueActions}
        />
      )}
    </>
  );
}
