import { css } from "../shared/view-element.js";

/** Styles of `<aftersales-return-form>`: line choices, fees, photo previews. */
export const returnFormStyles = css`
  .details {
    display: grid;
    gap: 0 0.5em;
    grid-template-columns: minmax(6em, 10em) 1fr;
    margin-top: 0.5em;
  }
  .details > :last-child {
    grid-column: 1 / -1;
  }
  .fees {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.15em 1em;
    margin-top: 0.5em;
  }
  dd {
    margin: 0;
    text-align: end;
  }
  .fees > :nth-last-child(-n + 2) {
    font-weight: 700;
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .photos li {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    width: 7em;
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  .photos img {
    width: 100%;
    aspect-ratio: 1;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .file {
    position: relative;
    display: inline-block;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
`;
