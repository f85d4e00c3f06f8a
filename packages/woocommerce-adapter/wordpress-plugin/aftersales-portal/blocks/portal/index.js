// Editor side of the aftersales/portal block, without a build step: WordPress globals only.
// The storefront output comes from render.php.
(({ blocks, element, i18n, blockEditor }) => {
  const { createElement: h } = element;
  const { __ } = i18n;
  blocks.registerBlockType("aftersales/portal", {
    edit() {
      const props = blockEditor.useBlockProps({ className: "aftersales-portal-placeholder" });
      return h(
        "div",
        props,
        h("strong", null, __("Aftersales portal", "aftersales-portal")),
        h(
          "p",
          null,
          __(
            "Shoppers find their order (or are recognised when logged in) and open returns and complaints here.",
            "aftersales-portal",
          ),
        ),
      );
    },
    save() {
      return null;
    },
  });
})(window.wp);
