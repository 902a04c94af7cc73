// Another plugin on the partner's site that already uses the name <quick-exit>.
customElements.define('quick-exit', class extends HTMLElement {});
