import { css } from "../shared/view-element.js";

/** Styles of `<aftersales-portal>`: the order overview and its lines. */
export const portalStyles = css`
  .lines li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75em;
  }
  .lines img {
    width: 3.5em;
    height: 3.5em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .lines li > :first-child {
    grid-row: span 3;
  }
  .verdict {
    font-weight: 600;
    margin: 0.25em 0 0;
  }
  [data-status="ineligible"] {
    color: var(--_danger);
  }
  [data-status="auto_approve"] {
    color: var(--_success);
  }
  .actions + h3 {
    margin-top: calc(var(--_space) * 1.5);
  }
`;
