// The DSFR button rules (eslint/dsfr.mjs) fire on a bare button group and on an unnamed icon-only
// button, and stay quiet on the forms the app uses.
import { beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });
// Loading the configuration (Next's plugins, typescript-eslint) takes seconds the first time.
beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/domain/echauffement.ts" }), 60_000);
const rules = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

describe("DSFR buttons show their text", () => {
  it.each([
    ["a button group written by hand", '<ul className="fr-btns-group fr-btns-group--inline-md"><li /></ul>'],
    ["an icon-only button without a title", '<button type="button" className="fr-btn fr-icon-add-line">Ajouter</button>'],
    [
      "an icon-only link in a template literal",
      '<a href="/" className={`fr-btn ${1 ? "fr-btn--secondary" : ""} fr-icon-edit-line`}>Modifier</a>',
    ],
  ])("fails on %s", async (_name, jsx) => {
    expect(await rules("components/exemple/Boutons.tsx", `export const X = () => ${jsx};\n`)).toContain("dsfr/buttons");
  });

  it.each([
    [
      "the ButtonsGroup component",
      'import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";\nexport const X = () => <ButtonsGroup><button type="button" className="fr-btn fr-icon-add-line fr-btn--icon-left">Ajouter</button></ButtonsGroup>;\n',
    ],
    [
      "an icon-only button with its tooltip",
      'export const X = () => <button type="button" title="Retirer la ligne 1" className="fr-btn fr-icon-delete-line">Retirer la ligne 1</button>;\n',
    ],
  ])("passes with %s", async (_name, code) => {
    expect(await rules("components/exemple/Boutons.tsx", code)).toEqual([]);
  });
});
