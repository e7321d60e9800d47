import { describe, expect, it } from "vitest";
import { formatDateCourte, formatDateLongue, formatInstant, fromCalendarDate, isCalendarDate, toCalendarDate, yearOf } from "./dates";

describe("calendar dates", () => {
  it.each([
    ["2024-09-01", "1er\u00a0septembre 2024", "01/09/2024"], // seed 003
    ["2021-01-26", "26\u00a0janvier 2021", "26/01/2021"], // seed 004
    ["2025-12-31", "31\u00a0décembre 2025", "31/12/2025"],
    ["2020-02-29", "29\u00a0février 2020", "29/02/2020"],
  ])("%s → %j / %j", (value, longue, courte) => {
    expect(formatDateLongue(value)).toBe(longue);
    expect(formatDateCourte(value)).toBe(courte);
    expect(formatDateLongue(fromCalendarDate(value))).toBe(longue);
  });

  it("reads a date stored at UTC midnight without shifting it by a day", () => {
    const stored = new Date("2024-09-01T00:00:00.000Z");
    expect(toCalendarDate(stored)).toBe("2024-09-01");
    expect(yearOf(stored)).toBe(2024);
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "01/09/2024", ""])("rejects %j", (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it("shows instants in Paris time", () => {
    expect(formatInstant(new Date("2026-07-01T22:30:00Z"))).toBe("02/07/2026 00:30");
    expect(formatInstant(new Date("2026-01-15T12:00:00Z"))).toBe("15/01/2026 13:00");
  });
});
