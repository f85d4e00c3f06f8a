import { describe, expect, it } from "vitest";

/**
 * One behaviour of a contract suite: a name that states it and a check that throws (through
 * `expect`) when an implementation does not have it. Kept as data so the suites' own tests can run
 * a check against a deliberately broken implementation and see it fail.
 */
export interface ContractCase<Setup> {
  readonly name: string;
  run(setup: Setup): Promise<void>;
}

/** Registers one vitest test per case; every test gets a fresh setup from `make`. */
export function registerContract<Setup>(
  title: string,
  cases: readonly ContractCase<Setup>[],
  make: () => Promise<Setup> | Setup,
): void {
  describe(title, () => {
    for (const contractCase of cases) {
      it(contractCase.name, async () => {
        await contractCase.run(await make());
      });
    }
  });
}

/** Asserts an `{ ok: false }` result value with `field` equal to one of `expected`, and returns it. */
export function expectFailure<R extends { readonly ok: boolean }>(
  result: R,
  field: string,
  expected: readonly string[],
): Exclude<R, { readonly ok: true }> {
  expect(result.ok, `expected a failure value with ${field} ${expected.join(" | ")}`).toBe(false);
  const value = (result as unknown as Record<string, unknown>)[field];
  expect(expected, `${field} was ${String(value)}`).toContain(value);
  return result as Exclude<R, { readonly ok: true }>;
}
