import { css } from "lit";

/** Styles of `<aftersales-complaint-form>`. */
export const complaintFormStyles = css`
  .categories {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0.25em 1em;
  }
  .categories label.check,
  .channels label.check {
    margin: 0.3em 0;
  }
  .tag {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_success);
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0 0 0.5em;
    white-space: pre-wrap;
  }
`;
