// A WooCommerce store seen through @aftersales/woocommerce-adapter, from the command line:
//
//   pnpm start lookup "#1001" anna@example.de   find an order as a shopper would
//   pnpm start order 1001                      read an order by id
//   pnpm start webhooks 8787                   receive WooCommerce webhooks on 127.0.0.1:8787
//   pnpm start identity <token> <store>        check a token printed by the WordPress plugin
//
// Configuration comes from the WC_* variables (see .env.example; `pnpm start` reads .env).
import { createServer } from "node:http";
import { createWooCommercePlatform, webhookResponseStatus } from "@aftersales/woocommerce-adapter";

const [command = "help", ...args] = process.argv.slice(2);

function platform() {
  try {
    return createWooCommercePlatform(process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

function print(value) {
  console.log(JSON.stringify(value, null, 2));
}

switch (command) {
  case "lookup": {
    const [number, email] = args;
    print(await platform().orderSource.findOrder({ number: number ?? "", email: email ?? "" }));
    break;
  }
  case "order": {
    print(await platform().orderSource.getOrder(args[0] ?? ""));
    break;
  }
  case "identity": {
    const [token = "", store] = args;
    print(platform().verifyIdentity(token, Date.now(), store ? { store } : {}));
    break;
  }
  case "webhooks": {
    const { webhookVerifier } = platform();
    const port = Number(args[0] ?? 8787);
    const seen = new Set();
    createServer(async (request, response) => {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join(", ") : value,
        ]),
      );
      // The raw bytes, exactly as received: the signature is over them.
      const verification = await webhookVerifier.verify({
        headers,
        rawBody: new Uint8Array(Buffer.concat(chunks)),
      });
      if (verification.ok && "event" in verification) {
        const { event } = verification;
        // The server's inbox deduplicates on (platform, deliveryId); this example keeps a Set.
        const duplicate = seen.has(event.deliveryId);
        seen.add(event.deliveryId);
        console.log(
          `${duplicate ? "duplicate" : "event"} ${event.topic} ${event.resourceId ?? ""} (${event.deliveryId})`,
        );
      } else if (verification.ok) {
        console.log("ping answered");
      } else {
        console.log(`rejected: ${verification.reason}`);
      }
      response.writeHead(webhookResponseStatus(verification)).end();
    }).listen(port, "127.0.0.1", () =>
      console.log(`Listening on http://127.0.0.1:${port}/ (put a tunnel in front for a real shop)`),
    );
    break;
  }
  default:
    console.log(
      "Commands: lookup <number> <email> | order <id> | webhooks [port] | identity <token> [store]",
    );
}
