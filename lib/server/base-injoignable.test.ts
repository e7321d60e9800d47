import { describe, expect, it } from "vitest";
import { estBaseInjoignable } from "./base-injoignable";

// Shapes seen when the e2e fault journey (tests/e2e/pannes.spec.ts) stops PostgreSQL under load.
const avecCause = (cause: unknown) => Object.assign(new Error("Invalid `prisma.travail.update()` invocation"), { cause });

describe("estBaseInjoignable", () => {
  it.each([
    ["pg: the server stopping (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["pg: the server starting (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["pg: a connection exception (08006)", Object.assign(new Error("connection failure"), { code: "08006" })],
    ["pg: no slot left (53300)", Object.assign(new Error("sorry, too many clients already"), { code: "53300" })],
    ["node: refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect" })],
    ["pg: a client already broken", new Error("Client has encountered a connection error and is not queryable")],
    ["pg: the connection ended", new Error("Connection terminated unexpectedly")],
    ["Prisma: P1001", Object.assign(new Error("Can't reach database server at 127.0.0.1:54349"), { code: "P1001" })],
    ["Prisma: P1017", Object.assign(new Error("Server has closed the connection."), { code: "P1017" })],
    ["Prisma's adapter: unreachable", avecCause({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 54349 })],
    ["Prisma's adapter: closed", avecCause({ kind: "ConnectionClosed" })],
    ["Prisma's adapter: a postgres code", avecCause({ kind: "postgres", originalCode: "57P01", message: "terminating connection" })],
    ["a cause two levels down", avecCause(avecCause({ code: "ECONNRESET" }))],
  ])("%s: unreachable", (_cas, erreur) => {
    expect(estBaseInjoignable(erreur)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a pg syntax error", Object.assign(new Error('syntax error at or near "SELEC"'), { code: "42601" })],
    ["a lock wait cancelled", Object.assign(new Error("canceling statement due to lock timeout"), { code: "55P03" })],
    ["a plain error", new Error("Le fichier est altéré")],
    ["not an error", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("%s: not an outage", (_cas, erreur) => {
    expect(estBaseInjoignable(erreur)).toBe(false);
  });
});
