import { css } from "../shared/view-element.js";

/** Styles of `<aftersales-complaint-form>`. */
export const complaintFormStyles = css`
  .tag {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_success);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
    white-space: pre-wrap;
  }
`;
