import type { Rejection } from "@aftersales/core";
import type { CommandOutcome } from "../cases/service.js";
import { notFound, Problem, ProblemType } from "./problem.js";

/** Turns a refused command into the matching problem (409 for rule refusals, 400 for bad input). */
export function rejectionProblem(rejection: Rejection): Problem {
  if (rejection.code === "validation_failed") {
    return new Problem(400, ProblemType.validation_failed, "The command is not valid", {
      detail: rejection.message,
      errors: rejection.issues ?? [],
    });
  }
  if (rejection.code === "forbidden") {
    return new Problem(403, ProblemType.forbidden, rejection.message, {
      extra: { params: rejection.params ?? {} },
    });
  }
  return new Problem(409, rejection.code, rejection.message, { extra: { params: rejection.params ?? {} } });
}

/** The successful snapshot of an outcome, or the problem to answer with. */
export function unwrapOutcome(outcome: CommandOutcome): Extract<CommandOutcome, { ok: true }> {
  if (outcome.ok) return outcome;
  switch (outcome.kind) {
    case "not_found":
      throw notFound("Case");
    case "version_conflict":
      throw new Problem(
        409,
        ProblemType.version_conflict,
        "The case changed meanwhile; reload and try again",
        {
          extra: { currentVersion: outcome.currentVersion },
        },
      );
    case "rejected":
      throw rejectionProblem(outcome.rejection);
    default: {
      const never: never = outcome;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}
