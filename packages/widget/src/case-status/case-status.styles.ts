import { css } from "../shared/view-element.js";

/** Styles of `<aftersales-case-status>`: status, promise, messages and timeline. */
export const caseStatusStyles = css`
  .status {
    font-weight: 700;
    border: 1px solid;
    border-radius: 1em;
    padding: 0.1em 0.7em;
    color: var(--_primary);
  }
  [data-status="resolved"],
  [data-status="closed"] {
    color: var(--_success);
  }
  [data-status="declined"],
  [data-status="cancelled"] {
    color: var(--_muted);
  }
  [part~="promise"] strong {
    display: block;
  }
  section {
    margin-top: calc(var(--_space) * 1.25);
  }
  .messages li {
    max-width: 85%;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-bottom: 0.5em;
    background: var(--_subtle);
    white-space: pre-wrap;
  }
  [data-actor="customer"] {
    margin-inline-start: auto;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  [part~="timeline"] {
    border-inline-start: 2px solid var(--_border);
    padding-inline-start: 1em;
  }
  [part~="timeline"] li {
    margin-bottom: 0.6em;
  }
`;
