// Local ESLint rules for DSFR buttons: a main action always shows its text.
//  - `fr-btns-group` is written only by components/dsfr/ButtonsGroup.tsx, which adds the
//    `fr-btns-group--icon-left` modifier without which a group shows its icon buttons as bare icons;
//  - a button with an icon but no `fr-btn--icon-left/right` is an icon-only button: DSFR requires
//    its `title` (the tooltip that names it).
const classText = (value) => {
  if (!value) return null;
  if (value.type === "Literal" && typeof value.value === "string") return value.value;
  if (value.type === "JSXExpressionContainer") {
    const e = value.expression;
    if (e.type === "Literal" && typeof e.value === "string") return e.value;
    if (e.type === "TemplateLiteral") return e.quasis.map((q) => q.value.cooked).join(" ");
  }
  return null;
};

const buttons = {
  meta: {
    type: "problem",
    docs: { description: "DSFR buttons show their text: groups through ButtonsGroup, icon-only buttons with a title." },
    schema: [],
    messages: {
      groupe:
        "Utilisez <ButtonsGroup> (components/dsfr/ButtonsGroup.tsx) : sans fr-btns-group--icon-left, les boutons à icône du groupe n'affichent que l'icône.",
      titre: "Bouton à icône seule : ajoutez fr-btn--icon-left (le texte s'affiche) ou un attribut title (l'infobulle qui le nomme).",
    },
  },
  create(context) {
    const inGroupComponent = context.filename.replaceAll("\\", "/").endsWith("components/dsfr/ButtonsGroup.tsx");
    return {
      JSXOpeningElement(node) {
        const attr = (name) => node.attributes.find((a) => a.type === "JSXAttribute" && a.name.name === name);
        const classes = classText(attr("className")?.value);
        if (!classes) return;
        if (/\bfr-btns-group\b/.test(classes) && !inGroupComponent) context.report({ node, messageId: "groupe" });
        const button = /\bfr-btn\b/.test(classes) && /\bfr-icon-/.test(classes);
        if (button && !/fr-btn--icon-(left|right)/.test(classes) && !attr("title")) context.report({ node, messageId: "titre" });
      },
    };
  },
};

export const dsfr = { rules: { buttons } };
