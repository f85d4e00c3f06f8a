import type { Currency } from "../money/currency.js";
import type { Address, OrderCustomer, SalesChannel } from "../order/snapshot.js";
import type { ReturnStatus } from "../ports/actions.js";
import { type DemoProduct, demoCatalog as p } from "./catalog.js";

/** Minutes before the store's `now`. */
type Ago = number;
const hours = (h: number): Ago => h * 60;
const days = (d: number, h = 0): Ago => d * 24 * 60 + h * 60;

/** One line of a seeded order; its id is `L1`, `L2` … in order. Prices in minor units of the order currency. */
export interface DemoLineSeed {
  readonly product: DemoProduct;
  readonly quantity: number;
  readonly unitPrice: number;
}

/** A refund that already happened; `amount` per line may be money without units (`quantity: 0`). */
export interface DemoRefundSeed {
  readonly at: Ago;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number; readonly amount: number }[];
  readonly shipping?: number;
  readonly note: string;
}

/** A platform return that already exists. */
export interface DemoReturnSeed {
  readonly at: Ago;
  readonly status: ReturnStatus;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
}

/** A demo order before its dates are fixed against `now`. */
export interface DemoOrderSeed {
  readonly number: string;
  /** What the order demonstrates, for the README and the demo's order picker. */
  readonly story: string;
  readonly customer: OrderCustomer;
  readonly currency: Currency;
  readonly salesChannel?: SalesChannel;
  readonly placed: Ago;
  readonly fulfilled?: Ago;
  readonly delivered?: Ago;
  readonly shippingAddress?: Address;
  readonly shipping?: number;
  /** An order-level discount code, spread over the lines by their value. */
  readonly discount?: { readonly code: string; readonly amount: number };
  readonly lines: readonly DemoLineSeed[];
  readonly refunds?: readonly DemoRefundSeed[];
  readonly returns?: readonly DemoReturnSeed[];
  readonly tags?: readonly string[];
}

const anna: OrderCustomer = {
  id: "gid://demo/Customer/1",
  email: "anna@example.de",
  firstName: "Anna",
  lastName: "Schmidt",
  phone: "+49 30 1234567",
  country: "DE",
};

/**
 * The demo store's orders, newest numbers last. Dates are minutes before the store's `now`, so
 * the demo always has recent orders. The first order is the one the API docs use (#1001,
 * anna@example.de).
 */
export const demoOrderSeeds: readonly DemoOrderSeed[] = [
  // #1001 — the happy path in the EU.
  {
    number: "#1001",
    story:
      "Delivered in Germany five days ago: inside the 14-day EU withdrawal period and the 30-day store window.",
    customer: anna,
    currency: "EUR",
    placed: days(8),
    fulfilled: days(7),
    delivered: days(5),
    shippingAddress: { country: "DE", region: "BE", city: "Berlin", postalCode: "10115" },
    shipping: 495,
    lines: [
      { product: p.linenShirtSkyM, quantity: 2, unitPrice: 5900 },
      { product: p.merinoSocks, quantity: 1, unitPrice: 1490 },
    ],
  },
  // #1002 — an order discount spread over several lines.
  {
    number: "#1002",
    story:
      "Guest order with the 15% code SUMMER15 spread over four lines: a refund gives back what was paid, not the list price.",
    customer: {
      id: null,
      email: "lukas.becker@example.de",
      firstName: "Lukas",
      lastName: "Becker",
      country: "DE",
    },
    currency: "EUR",
    placed: days(15),
    fulfilled: days(14),
    delivered: days(12),
    shippingAddress: { country: "DE", region: "HH", city: "Hamburg", postalCode: "20095" },
    shipping: 0,
    discount: { code: "SUMMER15", amount: 4725 },
    lines: [
      { product: p.linenTrousersSand32, quantity: 1, unitPrice: 8900 },
      { product: p.linenShirtSkyM, quantity: 2, unitPrice: 5900 },
      { product: p.canvasBelt, quantity: 1, unitPrice: 2900 },
      { product: p.panamaHat, quantity: 1, unitPrice: 7900 },
    ],
  },
  // #1003 — perishables.
  {
    number: "#1003",
    story:
      "Fresh blood oranges delivered yesterday: perishables only qualify for damage or quality claims within a short window, with a photo.",
    customer: {
      id: "gid://demo/Customer/2",
      email: "camille.dubois@example.fr",
      firstName: "Camille",
      lastName: "Dubois",
      country: "FR",
    },
    currency: "EUR",
    placed: days(3),
    fulfilled: days(2),
    delivered: days(1, 2),
    shippingAddress: { country: "FR", region: "ARA", city: "Lyon", postalCode: "69002" },
    shipping: 690,
    lines: [
      { product: p.bloodOranges, quantity: 1, unitPrice: 2490 },
      { product: p.oliveOil, quantity: 2, unitPrice: 1890 },
    ],
  },
  // #1004 — final sale against the EU floor.
  {
    number: "#1004",
    story:
      "A final-sale scarf bought online from France: the EU 14-day withdrawal right still applies and beats the store's final-sale rule.",
    customer: {
      id: null,
      email: "sophie.martin@example.fr",
      firstName: "Sophie",
      lastName: "Martin",
      country: "FR",
    },
    currency: "EUR",
    placed: days(7),
    fulfilled: days(6),
    delivered: days(4),
    shippingAddress: { country: "FR", region: "IDF", city: "Paris", postalCode: "75011" },
    shipping: 495,
    lines: [{ product: p.cashmereScarf, quantity: 1, unitPrice: 8900 }],
  },
  // #1005 — a partial refund already made.
  {
    number: "#1005",
    story:
      "One of three mugs arrived broken and was refunded without a return; two remain refundable. Past the EU 14 days, inside the store's 30.",
    customer: {
      id: "gid://demo/Customer/3",
      email: "daan.devries@example.nl",
      firstName: "Daan",
      lastName: "de Vries",
      country: "NL",
    },
    currency: "EUR",
    placed: days(28),
    fulfilled: days(27),
    delivered: days(25),
    shippingAddress: { country: "NL", region: "UT", city: "Utrecht", postalCode: "3511 AB" },
    shipping: 595,
    lines: [
      { product: p.speckledMug, quantity: 3, unitPrice: 2400 },
      { product: p.teaTowels, quantity: 1, unitPrice: 1900 },
    ],
    refunds: [
      {
        at: days(20),
        lines: [{ lineId: "L1", quantity: 1, amount: 2400 }],
        note: "Arrived broken, photo on file; no return needed.",
      },
    ],
  },
  // #1006 — shipped, not delivered.
  {
    number: "#1006",
    story:
      "Shipped two days ago with no delivery scan yet: the return window runs from fulfilment plus the transit allowance.",
    customer: {
      id: null,
      email: "emma.jansen@example.nl",
      firstName: "Emma",
      lastName: "Jansen",
      country: "NL",
    },
    currency: "EUR",
    placed: days(3),
    fulfilled: days(2),
    shippingAddress: { country: "NL", region: "NH", city: "Amsterdam", postalCode: "1017 CT" },
    shipping: 0,
    lines: [{ product: p.herringboneThrow, quantity: 1, unitPrice: 12900 }],
  },
  // #1007 — hygiene item.
  {
    number: "#1007",
    story:
      "Pierced earrings are a hygiene item (no return once unsealed, an EU exclusion); the beanie in the same order is returnable.",
    customer: {
      id: "gid://demo/Customer/4",
      email: "siobhan.murphy@example.ie",
      firstName: "Siobhán",
      lastName: "Murphy",
      country: "IE",
    },
    currency: "EUR",
    placed: days(9),
    fulfilled: days(8),
    delivered: days(6),
    shippingAddress: { country: "IE", region: "D", city: "Dublin", postalCode: "D02 X285" },
    shipping: 595,
    lines: [
      { product: p.studEarrings, quantity: 1, unitPrice: 4500 },
      { product: p.aranBeanie, quantity: 1, unitPrice: 3500 },
    ],
  },
  // #1008 — personalised goods in the UK.
  {
    number: "#1008",
    story:
      "A monogrammed wallet is made to the customer's specification, so the UK 14-day cancellation right excludes it; the card holder is returnable.",
    customer: {
      id: "gid://demo/Customer/5",
      email: "oliver.smith@example.co.uk",
      firstName: "Oliver",
      lastName: "Smith",
      country: "GB",
    },
    currency: "GBP",
    placed: days(12),
    fulfilled: days(9),
    delivered: days(7),
    shippingAddress: { country: "GB", region: "ENG", city: "London", postalCode: "SW1A 1AA" },
    shipping: 450,
    lines: [
      { product: p.monogramWallet, quantity: 1, unitPrice: 6500 },
      { product: p.cardHolder, quantity: 1, unitPrice: 2900 },
    ],
  },
  // #1009 — gift card.
  {
    number: "#1009",
    story: "A £50 gift card is never refundable; the book bought with it is.",
    customer: {
      id: null,
      email: "amelia.jones@example.co.uk",
      firstName: "Amelia",
      lastName: "Jones",
      country: "GB",
    },
    currency: "GBP",
    placed: days(6),
    fulfilled: days(5),
    delivered: days(4),
    shippingAddress: { country: "GB", region: "ENG", city: "Manchester", postalCode: "M1 1AE" },
    shipping: 299,
    lines: [
      { product: p.giftCardGbp50, quantity: 1, unitPrice: 5000 },
      { product: p.slowLivingBook, quantity: 1, unitPrice: 2500 },
    ],
  },
  // #1010 — point of sale.
  {
    number: "#1010",
    story:
      "Bought in the Covent Garden shop: no distance-selling right, only the store's own policy, counted from the day of purchase.",
    customer: {
      id: "gid://demo/Customer/6",
      email: "george.taylor@example.co.uk",
      firstName: "George",
      lastName: "Taylor",
      country: "GB",
    },
    currency: "GBP",
    salesChannel: "pos",
    placed: days(10),
    fulfilled: days(10),
    lines: [
      { product: p.canvasTote, quantity: 1, unitPrice: 1800 },
      { product: p.figCandle, quantity: 2, unitPrice: 2400 },
    ],
    tags: ["pos", "covent-garden"],
  },
  // #1011 — window expired.
  {
    number: "#1011",
    story:
      "Delivered 45 days ago in California: past the store's 30-day window, and no legal floor applies in the US.",
    customer: {
      id: null,
      email: "jessica.miller@example.com",
      firstName: "Jessica",
      lastName: "Miller",
      country: "US",
    },
    currency: "USD",
    placed: days(50),
    fulfilled: days(49),
    delivered: days(45),
    shippingAddress: { country: "US", region: "CA", city: "Los Angeles", postalCode: "90012" },
    shipping: 1200,
    lines: [{ product: p.wrapDress, quantity: 1, unitPrice: 14800 }],
  },
  // #1012 — high value, needs review.
  {
    number: "#1012",
    story:
      "A $1,299 espresso machine for a VIP customer: above the auto-approve limit, so a return goes to staff review.",
    customer: {
      id: "gid://demo/Customer/7",
      email: "mike.johnson@example.com",
      firstName: "Michael",
      lastName: "Johnson",
      phone: "+1 718 555 0142",
      country: "US",
      region: "NY",
    },
    currency: "USD",
    placed: days(6),
    fulfilled: days(5),
    delivered: days(3),
    shippingAddress: { country: "US", region: "NY", city: "Brooklyn", postalCode: "11201" },
    shipping: 0,
    lines: [
      { product: p.espressoMachine, quantity: 1, unitPrice: 129900 },
      { product: p.milkPitcher, quantity: 1, unitPrice: 3400 },
    ],
    tags: ["vip"],
  },
  // #1013 — digital download already opened.
  {
    number: "#1013",
    story: "Lightroom presets already downloaded (digital, opened) cannot be returned; the camera strap can.",
    customer: {
      id: null,
      email: "ashley.brown@example.com",
      firstName: "Ashley",
      lastName: "Brown",
      country: "US",
    },
    currency: "USD",
    placed: days(10),
    fulfilled: days(9),
    delivered: days(6),
    shippingAddress: { country: "US", region: "TX", city: "Austin", postalCode: "78701" },
    shipping: 800,
    lines: [
      { product: p.filmPresets, quantity: 1, unitPrice: 2900 },
      { product: p.cameraStrap, quantity: 1, unitPrice: 4900 },
    ],
  },
  // #1014 — China's 7-day no-reason return.
  {
    number: "#1014",
    story:
      "Silk pyjamas delivered in Shanghai three days ago: inside China's 7-day no-reason return period (七天无理由退货).",
    customer: {
      id: "gid://demo/Customer/8",
      email: "wangfang@example.cn",
      firstName: "芳",
      lastName: "王",
      phone: "+86 138 0013 8000",
      country: "CN",
      region: "SH",
    },
    currency: "CNY",
    placed: days(5),
    fulfilled: days(4),
    delivered: days(3),
    shippingAddress: { country: "CN", region: "SH", city: "上海", postalCode: "200040" },
    shipping: 0,
    lines: [{ product: p.silkPyjamas, quantity: 1, unitPrice: 89900 }],
  },
  // #1015 — fresh seafood (生鲜).
  {
    number: "#1015",
    story:
      "Hairy crabs delivered 20 hours ago, some dead on arrival: fresh food is outside the 7-day no-reason rule; a photo claim gets a returnless refund (仅退款).",
    customer: {
      id: null,
      email: "liwei@example.cn",
      firstName: "伟",
      lastName: "李",
      country: "CN",
      region: "JS",
    },
    currency: "CNY",
    placed: days(2, 6),
    fulfilled: days(2),
    delivered: hours(20),
    shippingAddress: { country: "CN", region: "JS", city: "苏州", postalCode: "215000" },
    shipping: 2000,
    lines: [
      { product: p.hairyCrabs, quantity: 1, unitPrice: 58800 },
      { product: p.zhenjiangVinegar, quantity: 1, unitPrice: 1800 },
    ],
  },
  // #1016 — past China's 7 days; a periodical.
  {
    number: "#1016",
    story:
      "Delivered nine days ago: China's 7 days have passed but the store's 30-day window has not; the magazine is a statutory exclusion (periodical).",
    customer: {
      id: "gid://demo/Customer/9",
      email: "zhangmin@example.cn",
      firstName: "敏",
      lastName: "张",
      country: "CN",
      region: "GD",
    },
    currency: "CNY",
    placed: days(12),
    fulfilled: days(11),
    delivered: days(9),
    shippingAddress: { country: "CN", region: "GD", city: "广州", postalCode: "510000" },
    shipping: 0,
    lines: [
      { product: p.ancHeadphones, quantity: 1, unitPrice: 129900 },
      { product: p.sanlianMagazine, quantity: 1, unitPrice: 1500 },
    ],
  },
  // #1017 — yen, a currency without minor units.
  {
    number: "#1017",
    story:
      "Paid in yen, which has no minor unit: every amount is whole yen and refunds never produce fractions.",
    customer: {
      id: "gid://demo/Customer/10",
      email: "yuki.tanaka@example.jp",
      firstName: "由紀",
      lastName: "田中",
      country: "JP",
    },
    currency: "JPY",
    placed: days(9),
    fulfilled: days(8),
    delivered: days(6),
    shippingAddress: { country: "JP", region: "JP-13", city: "渋谷区", postalCode: "150-0001" },
    shipping: 1500,
    lines: [
      { product: p.nambuKettle, quantity: 1, unitPrice: 19800 },
      { product: p.ujiMatcha, quantity: 2, unitPrice: 3240 },
    ],
  },
  // #1018 — money-only partial refund in yen.
  {
    number: "#1018",
    story:
      "Arrived late with one chipped plate: ¥1,500 back on the plates (kept, no units returned) and ¥990 shipping refunded; every unit is still returnable.",
    customer: {
      id: null,
      email: "haruto.sato@example.jp",
      firstName: "陽翔",
      lastName: "佐藤",
      country: "JP",
    },
    currency: "JPY",
    placed: days(14),
    fulfilled: days(12),
    delivered: days(8),
    shippingAddress: { country: "JP", region: "JP-27", city: "大阪市北区", postalCode: "530-0001" },
    shipping: 990,
    lines: [
      { product: p.hasamiPlates, quantity: 1, unitPrice: 8800 },
      { product: p.chopsticks, quantity: 2, unitPrice: 1650 },
    ],
    refunds: [
      {
        at: days(7),
        lines: [{ lineId: "L1", quantity: 0, amount: 1500 }],
        shipping: 990,
        note: "Goodwill: one plate chipped, delivery four days late.",
      },
    ],
  },
  // #1019 — Kuwaiti dinar, three decimals.
  {
    number: "#1019",
    story:
      "Paid in Kuwaiti dinar, which has three decimals (42.500 KWD is 42500 fils); sealed fragrance is a hygiene item.",
    customer: {
      id: "gid://demo/Customer/11",
      email: "fatima.alsabah@example.com.kw",
      firstName: "Fatima",
      lastName: "Al-Sabah",
      country: "KW",
    },
    currency: "KWD",
    placed: days(7),
    fulfilled: days(6),
    delivered: days(4),
    shippingAddress: { country: "KW", region: "HA", city: "Salmiya" },
    shipping: 3500,
    lines: [
      { product: p.oudPerfume, quantity: 1, unitPrice: 42500 },
      { product: p.bakhoorBurner, quantity: 1, unitPrice: 18750 },
    ],
  },
  // #1020 — a returning customer with an open return.
  {
    number: "#1020",
    story:
      "Anna's second order: one towel set is already in an open return, so one more is refundable; her history counts toward return limits.",
    customer: anna,
    currency: "EUR",
    placed: days(20),
    fulfilled: days(19),
    delivered: days(17),
    shippingAddress: { country: "DE", region: "BE", city: "Berlin", postalCode: "10115" },
    shipping: 495,
    lines: [
      { product: p.towelSet, quantity: 2, unitPrice: 4900 },
      { product: p.bathMat, quantity: 1, unitPrice: 2900 },
    ],
    returns: [{ at: days(3), status: "open", lines: [{ lineId: "L1", quantity: 1 }] }],
  },
  // #1021 — fully refunded.
  {
    number: "#1021",
    story: "A lamp returned broken and refunded in full with shipping: nothing is left to refund or return.",
    customer: {
      id: null,
      email: "pierre.lefevre@example.fr",
      firstName: "Pierre",
      lastName: "Lefèvre",
      country: "FR",
    },
    currency: "EUR",
    placed: days(40),
    fulfilled: days(39),
    delivered: days(36),
    shippingAddress: { country: "FR", region: "NAQ", city: "Bordeaux", postalCode: "33000" },
    shipping: 795,
    lines: [{ product: p.tableLamp, quantity: 1, unitPrice: 11900 }],
    returns: [{ at: days(34), status: "closed", lines: [{ lineId: "L1", quantity: 1 }] }],
    refunds: [
      {
        at: days(30),
        lines: [{ lineId: "L1", quantity: 1, amount: 11900 }],
        shipping: 795,
        note: "Returned broken in transit; full refund including shipping.",
      },
    ],
  },
  // #1022 — marketplace order, not shipped.
  {
    number: "#1022",
    story:
      "Placed on Tmall six hours ago and not shipped yet: nothing to return; a cancellation with a refund instead.",
    customer: {
      id: "gid://demo/Customer/12",
      email: "chenjing@example.cn",
      firstName: "静",
      lastName: "陈",
      country: "CN",
      region: "ZJ",
    },
    currency: "CNY",
    salesChannel: "marketplace",
    placed: hours(6),
    shippingAddress: { country: "CN", region: "ZJ", city: "杭州", postalCode: "310000" },
    shipping: 0,
    lines: [{ product: p.riceCooker, quantity: 1, unitPrice: 69900 }],
    tags: ["tmall"],
  },
  // #1023 — frozen seafood in the US.
  {
    number: "#1023",
    story:
      "Frozen lobster tails arrived thawed: a perishable claim with a photo, settled by refund or re-shipment.",
    customer: {
      id: null,
      email: "noah.williams@example.com",
      firstName: "Noah",
      lastName: "Williams",
      country: "US",
    },
    currency: "USD",
    placed: days(3),
    fulfilled: days(3),
    delivered: days(2),
    shippingAddress: { country: "US", region: "ME", city: "Portland", postalCode: "04101" },
    shipping: 2995,
    lines: [
      { product: p.lobsterTails, quantity: 1, unitPrice: 11900 },
      { product: p.lobsterTools, quantity: 1, unitPrice: 1800 },
    ],
  },
  // #1024 — two sizes to try on.
  {
    number: "#1024",
    story:
      "Two sizes of the same trail shoe bought to try on: one will come back, which shows in return rates by product.",
    customer: {
      id: "gid://demo/Customer/13",
      email: "lena.fischer@example.de",
      firstName: "Lena",
      lastName: "Fischer",
      country: "DE",
    },
    currency: "EUR",
    placed: days(6),
    fulfilled: days(5),
    delivered: days(3),
    shippingAddress: { country: "DE", region: "BY", city: "München", postalCode: "80331" },
    shipping: 0,
    lines: [
      { product: p.trailShoe42, quantity: 1, unitPrice: 13995 },
      { product: p.trailShoe43, quantity: 1, unitPrice: 13995 },
      { product: p.runningSocks, quantity: 2, unitPrice: 1295 },
    ],
  },
  // #1025 — past the EU floor, inside the store window.
  {
    number: "#1025",
    story:
      "Delivered 16 days ago in Cork: the EU 14 days ended two days ago, but the store's 30-day window still allows a return.",
    customer: {
      id: null,
      email: "ryan.oconnor@example.ie",
      firstName: "Ryan",
      lastName: "O'Connor",
      country: "IE",
    },
    currency: "EUR",
    placed: days(19),
    fulfilled: days(18),
    delivered: days(16),
    shippingAddress: { country: "IE", region: "CO", city: "Cork", postalCode: "T12 X70A" },
    shipping: 595,
    lines: [{ product: p.rainJacket, quantity: 1, unitPrice: 18900 }],
  },
];

/** An order number and email a visitor can type into the demo's "find my order" form. */
export interface DemoOrderCredential {
  readonly number: string;
  readonly email: string;
  /** What the order demonstrates. */
  readonly story: string;
}

/** The number, email and story of every demo order, for the README and the demo page. */
export const demoOrderCredentials: readonly DemoOrderCredential[] = demoOrderSeeds.map(
  ({ number, customer, story }) => ({
    number,
    email: customer.email,
    story,
  }),
);
