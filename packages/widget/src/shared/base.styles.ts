import { css } from "lit";

/**
 * Styles every widget element shares. The host resets what a theme could push in (`display` is
 * `!important`, which wins over the page's `!important` across the shadow boundary), and `base`
 * starts from `all: initial` so inherited fonts, colours and spacing never leak in from the page.
 * Themes change the look only through the documented `--aftersales-*` properties and `::part`.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    color-scheme: var(--aftersales-color-scheme, light dark);
    --_primary: var(--aftersales-color-primary, light-dark(#1d4ed8, #9bbcff));
    --_on-primary: var(--aftersales-color-on-primary, light-dark(#fff, #0b1020));
    --_text: var(--aftersales-color-text, light-dark(#1f2328, #e6e8eb));
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
    font-family: var(
      --aftersales-font-family,
      system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      "PingFang SC",
      "Microsoft YaHei",
      "Noto Sans CJK SC",
      sans-serif
    );
    /* medium: the shopper's own default size, immune to a theme's html { font-size: 62.5% }. */
    font-size: var(--aftersales-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--aftersales-padding, var(--_space));
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ol,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.05em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
    display: block;
    margin-bottom: 0.25em;
  }
  label.check {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    font-weight: 400;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field {
    margin-bottom: var(--_space);
  }
  input:not([type="checkbox"], [type="radio"]),
  select,
  textarea {
    display: block;
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.65em;
    margin: 0.25em 0 0;
  }
  input[type="checkbox"],
  input[type="radio"] {
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
    border-color: var(--_danger) !important;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
  }
  button.primary {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  button.link {
    border: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-top: var(--_space);
  }
  .error {
    color: var(--_danger);
    font-size: 0.9em;
    margin: 0.25em 0 0;
  }
  [role="alert"]:not(:empty),
  .note {
    border-left: 4px solid var(--_danger);
    background: var(--_subtle);
    padding: 0.6em 0.8em;
    margin-bottom: var(--_space);
  }
  .note {
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
    min-height: 2em;
  }
  .busy::before {
    content: "";
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
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
    *::before {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
