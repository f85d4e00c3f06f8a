import { css } from "lit";

/** Styles of `<aftersales-return-form>`: line choices, fees, photo previews. */
export const returnFormStyles = css`
  .choice {
    display: grid;
    gap: 0.5em;
  }
  .choice .details {
    display: grid;
    gap: 0.5em;
    grid-template-columns: minmax(6em, 10em) 1fr;
    margin-top: 0.5em;
  }
  .choice .details .field {
    margin: 0;
  }
  .choice .details .wide {
    grid-column: 1 / -1;
  }
  .options label.check {
    margin: 0.35em 0;
  }
  dl.fees {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.15em 1em;
    margin-top: 0.5em;
  }
  dl.fees dd {
    margin: 0;
    text-align: end;
  }
  dl.fees .total {
    font-weight: 700;
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0.5em 0;
  }
  .photos li {
    display: grid;
    gap: 0.25em;
    justify-items: start;
    width: 7em;
  }
  .photos img {
    width: 7em;
    height: 7em;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .photos .name {
    font-size: 0.8em;
    overflow-wrap: anywhere;
  }
  .file-button {
    position: relative;
    display: inline-block;
  }
  .file-button input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .file-button:focus-within span {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .file-button span {
    display: inline-block;
    font-weight: 600;
    color: var(--_primary);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
  }
`;
