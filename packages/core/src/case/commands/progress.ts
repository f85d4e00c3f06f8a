import { type Rejection, reject } from "../command.js";
import type { CaseState, ItemProgress } from "../state.js";

/** Rejects unless the goods of an approved return stand at one of `expected`. */
export function requireProgress(state: CaseState, expected: readonly ItemProgress[]): Rejection | undefined {
  if (state.itemProgress !== null && expected.includes(state.itemProgress)) return undefined;
  return reject(
    "invalid_item_progress",
    state.itemProgress === null
      ? "No return has been approved on this case"
      : `The goods are ${state.itemProgress}; expected ${expected.join(" or ")}`,
    { itemProgress: state.itemProgress, expected },
  );
}
