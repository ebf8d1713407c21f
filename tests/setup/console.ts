// A test that logs an unexpected console.error fails: errors the code swallows and only logs
// would otherwise pass unnoticed. A test that expects some calls allowConsoleErrors() and
// asserts on the spy it returns.
import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";

let spy: MockInstance<typeof console.error>;
let allowed = false;

export function allowConsoleErrors(): MockInstance<typeof console.error> {
  allowed = true;
  spy.mockImplementation(() => {});
  return spy;
}

beforeEach(() => {
  allowed = false;
  spy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockRestore();
  if (!allowed) expect(calls, "console.error was called").toEqual([]);
});
