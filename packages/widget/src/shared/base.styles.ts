import { css } from "./view-element.js";

/**
 * Styles every widget element shares. The host resets what a theme could push in (`display` is
 * `!important`, which wins over the page's `!important` across the shadow boundary), and `base`
 * starts from `all: initial` so inherited fonts, colours and spacing never leak in from the page.
 * Themes change the look only through the documented `--aftersales-*` properties and `::part`.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    --_primary: var(--aftersales-color-primary, light-dark(#1d4ed8, #9bbcff));
    --_on-primary: var(--aftersales-color-on-primary, light-dark(#fff, #0b1020));
    --_muted: var(--aftersales-color-muted, light-dark(#57606a, #a4acb6));
    --_surface: var(--aftersales-color-surface, light-dark(#fff, #16181d));
    --_subtle: var(--aftersales-color-subtle, light-dark(#f3f5f7, #22262d));
    --_border: var(--aftersales-color-border, light-dark(#8c959f, #6e7681));
    --_danger: var(--aftersales-color-danger, light-dark(#b42318, #ff9a90));
    --_success: var(--aftersales-color-success, light-dark(#1a7f37, #6fdd8b));
    --_radius: var(--aftersales-radius, 6px);
    --_space: var(--aftersales-spacing, 1em);
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~="base"] {
    all: initial;
    display: block;
    color-scheme: var(--aftersales-color-scheme, light dark);
    font-family: var(--aftersales-font-family, system-ui, "PingFang SC", "Microsoft YaHei", sans-serif);
    /* medium: the shopper's own default size, immune to a theme's html { font-size: 62.5% }. */
    font-size: var(--aftersales-font-size, medium);
    line-height: 1.5;
    color: var(--aftersales-color-text, light-dark(#1f2328, #e6e8eb));
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--aftersales-padding, var(--_space));
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ol,
  ul,
  dl,
  fieldset {
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  h2:focus,
  legend:focus {
    outline: none;
  }
  ul,
  ol {
    list-style: none;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
    display: block;
    margin-bottom: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    font-weight: 400;
    margin: 0.3em 0;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field {
    margin-bottom: var(--_space);
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    border-radius: var(--_radius);
  }
  input,
  select,
  textarea {
    display: block;
    width: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    padding: 0.5em 0.65em;
    margin: 0.25em 0 0;
  }
  [type="checkbox"],
  [type="radio"] {
    accent-color: var(--_primary);
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    flex: none;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  [aria-invalid="true"] {
    border-color: var(--_danger);
  }
  :focus-visible,
  .file:focus-within span {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  button,
  .file span {
    display: inline-block;
    font-weight: 600;
    cursor: pointer;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
  }
  .primary {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .link {
    border: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
  }
  :disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin: var(--_space) 0;
  }
  .error {
    color: var(--_danger);
    font-size: 0.9em;
    margin: 0.25em 0 0;
  }
  [role="alert"]:not(:empty),
  .note,
  [part~="promise"] {
    border-left: 4px solid var(--_danger);
    background: var(--_subtle);
    padding: 0.6em 0.8em;
    margin-bottom: var(--_space);
  }
  .note,
  [part~="promise"] {
    border-color: var(--_primary);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .row {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .busy {
    display: flex;
    gap: 0.6em;
    align-items: center;
    color: var(--_muted);
    margin: 0;
  }
  .busy::before {
    content: "";
    width: 1em;
    height: 1em;
    border: 2px solid;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before {
      animation: none !important;
    }
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .pre {
    white-space: pre-wrap;
  }
  /* A flow inside the portal or a form sits in this frame's padding already. */
  aftersales-return-form,
  aftersales-complaint-form,
  aftersales-case-status {
    --aftersales-padding: 0;
  }
`;
