// Local ESLint rules that keep the layers apart (docs/adr/005-couches.md). The import bans per
// folder are plain `no-restricted-imports` in eslint.config.mjs; what needs the file's own
// content — a client component — is checked here.
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Modules that only exist on the server, whatever the importer. */
function serverModule(source, filename) {
  if (source === "server-only" || source === "next/headers" || /^@prisma\//.test(source)) return true;
  let target = source;
  if (source.startsWith("@/")) target = source.slice(2);
  else if (source.startsWith(".")) target = path.relative(ROOT, path.resolve(path.dirname(filename), source));
  else return false;
  target = target.split(path.sep).join("/");
  return (
    /^lib\/server(\/|$)/.test(target) ||
    /^lib\/generated(\/|$)/.test(target) ||
    /^prisma\/client$/.test(target) ||
    target === "lib/actions/action"
  );
}

const noServerInClient = {
  meta: {
    type: "problem",
    docs: {
      description:
        'A client component ("use client") imports no server module: lib/server, the Prisma client, server-only, the action wrapper.',
    },
    schema: [],
    messages: {
      serveur:
        "Composant client : « {{source}} » est un module serveur. Passez les données en props (types de lib/views) et les actions serveur en props.",
    },
  },
  create(context) {
    const body = context.sourceCode.ast.body;
    const client = body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
    if (!client) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source === "string" && serverModule(source, context.filename))
        context.report({ node, messageId: "serveur", data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const boundaries = { rules: { "no-server-import-in-client": noServerInClient } };
