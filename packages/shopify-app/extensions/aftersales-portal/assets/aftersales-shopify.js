// Signed-in shoppers: ask the app proxy for a session of an order (the proxy checks that the order
// belongs to the logged-in customer), then hand it to the widget. The order is the one of the
// theme's order page (data-order-id) or, on any page with the portal, `?order=<numeric id>` — the
// link of the customer account's "Request a return or report a problem" action.
(() => {
  const fromLink = new URLSearchParams(location.search).get("order");
  const linked = fromLink && /^\d{1,20}$/.test(fromLink) ? fromLink : undefined;
  for (const portal of document.querySelectorAll("aftersales-portal")) {
    const orderId = portal.dataset.orderId || linked;
    if (!orderId) continue;
    const base = portal.getAttribute("api") || "/apps/aftersales";
    fetch(`${base}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ orderId }),
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((session) => {
        if (session && typeof session.token === "string") portal.setAttribute("session-token", session.token);
      })
      .catch(() => {});
  }
})();
