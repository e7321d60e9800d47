// Domain errors carry a stable code and a French message meant for users. Everything that throws
// one (a rule in lib/domain, a use case in lib/server) is shown as is by the action wrapper
// (lib/actions/action.ts) and the PDF routes; any other error is logged and replaced by a generic
// message.
export class ErreurMetier extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Messages to show at form fields, by field path (« reference », « parties.0.organisationId »). */
    readonly champs?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Introuvable extends ErreurMetier {
  constructor(what = "Cette convention") {
    super("INTROUVABLE", `${what} est introuvable, ou vous n'y avez pas accès.`);
  }
}

export class AccesRefuse extends ErreurMetier {
  constructor(message = "Votre rôle ne permet pas cette action.") {
    super("ACCES_REFUSE", message);
  }
}

export class ConflitVersion extends ErreurMetier {
  constructor() {
    super(
      "CONFLIT_VERSION",
      "Ce document a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Vos saisies sont conservées : rechargez la page pour voir la nouvelle version, puis reportez-les.",
    );
  }
}
