/** The size floor for `bench/widget-size.ts`: the smallest useful LitElement, built like the widget. */
import { html, LitElement } from "lit";

class MinimalElement extends LitElement {
  override render() {
    return html`<p>${"hello"}</p>`;
  }
}
customElements.define("minimal-element", MinimalElement);
