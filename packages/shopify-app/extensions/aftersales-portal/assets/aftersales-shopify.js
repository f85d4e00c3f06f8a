// Signed-in shoppers on their order page: ask the app proxy for a session of this order (the proxy
// checks that the order belongs to the logged-in customer), then hand it to the widget.
(() => {
  for (const portal of document.querySelectorAll("aftersales-portal[data-order-id]")) {
    const base = portal.getAttribute("api") || "/apps/aftersales";
    fetch(`${base}/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ orderId: portal.dataset.orderId }),
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((session) => {
        if (session && typeof session.token === "string") portal.setAttribute("session-token", session.token);
      })
      .catch(() => {});
  }
})();
