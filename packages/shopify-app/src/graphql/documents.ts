/**
 * Every Admin GraphQL operation the app sends, in one place: `pnpm codegen` types them into
 * `admin.gen.ts` and `documents.test.ts` validates each against the committed Admin API schema
 * (`graphql/admin-2026-10.schema.json.gz`) and checks that `shopify.app.toml` grants exactly the
 * scopes they need. GraphQL only: Shopify treats REST as legacy.
 */

/** The order fields the snapshot needs; line items come in pages of {@link LINE_PAGE_SIZE}. */
const ORDER_FIELDS = /* GraphQL */ `
  fragment OrderFields on Order {
  id
  name
  email
  phone
  createdAt
  processedAt
  cancelledAt
  presentmentCurrencyCode
  sourceName
  tags
  customer {
    id
    email
    phone
    firstName
    lastName
    defaultAddress { countryCodeV2 provinceCode }
  }
  shippingAddress { countryCodeV2 provinceCode city zip }
  billingAddress { countryCodeV2 provinceCode city zip }
  totalPriceSet { presentmentMoney { amount currencyCode } }
  totalShippingPriceSet { presentmentMoney { amount currencyCode } }
  fulfillments(first: 50) {
    id
    status
    displayStatus
    createdAt
    deliveredAt
    inTransitAt
    requiresShipping
    events(first: 20, sortKey: HAPPENED_AT, reverse: true) { nodes { status happenedAt } }
    fulfillmentLineItems(first: 100) { nodes { id quantity lineItem { id } } }
  }
  refunds(first: 100) {
    id
    createdAt
    note
    totalRefundedSet { presentmentMoney { amount currencyCode } }
    refundLineItems(first: 100) { nodes { quantity lineItem { id } } }
  }
  returns(first: 50) {
    nodes {
      id
      status
      createdAt
      returnLineItems(first: 100) {
        nodes {
          quantity
          refundedQuantity
          ... on ReturnLineItem { fulfillmentLineItem { lineItem { id } } }
        }
      }
    }
  }
  }
`;

const LINE_FIELDS = /* GraphQL */ `
  fragment LinePage on LineItemConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    id
    title
    variantTitle
    sku
    vendor
    quantity
    currentQuantity
    refundableQuantity
    isGiftCard
    requiresShipping
    originalUnitPriceSet { presentmentMoney { amount currencyCode } }
    discountAllocations { allocatedAmountSet { presentmentMoney { amount currencyCode } } }
    variant { id }
    product {
      id
      productType
      tags
      collections(first: 25) { nodes { handle } }
    }
  }
  }
`;

/** One order by its GraphQL id, with the first page of line items. */
export const GET_ORDER = /* GraphQL */ `
  query GetOrder($id: ID!) {
    order(id: $id) {
      ...OrderFields
      lineItems(first: 50) { ...LinePage }
    }
  }
  ${ORDER_FIELDS}
  ${LINE_FIELDS}
`;

/** The next page of an order's line items. */
export const ORDER_LINES_PAGE = /* GraphQL */ `
  query OrderLinesPage($id: ID!, $after: String!) {
    order(id: $id) {
      id
      lineItems(first: 50, after: $after) { ...LinePage }
    }
  }
  ${LINE_FIELDS}
`;

/** Orders whose name matches a search (`name:1001`); the caller picks the exact hit. */
export const FIND_ORDERS_BY_NAME = /* GraphQL */ `
  query FindOrdersByName($query: String!, $after: String) {
    orders(first: 10, query: $query, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id name }
    }
  }
`;

/** What a refund needs that the snapshot does not carry: the payments to refund against. */
export const ORDER_REFUND_CONTEXT = /* GraphQL */ `
  query OrderRefundContext($id: ID!) {
    order(id: $id) {
      id
      presentmentCurrencyCode
      transactions(first: 50) {
        id
        kind
        status
        gateway
        maximumRefundableV2 { amount currencyCode }
      }
    }
  }
`;

/** The note of an order, to append to it (Shopify replaces the whole note on update). */
export const ORDER_NOTE = /* GraphQL */ `
  query OrderNote($id: ID!) {
    order(id: $id) { id note }
  }
`;

/** A return with its lines, for processing and status checks. */
export const GET_RETURN = /* GraphQL */ `
  query GetReturn($id: ID!) {
    return(id: $id) {
      id
      status
      order { id }
      returnLineItems(first: 100) {
        nodes {
          id
          quantity
          refundableQuantity
          ... on ReturnLineItem { fulfillmentLineItem { lineItem { id } } }
        }
      }
      reverseFulfillmentOrders(first: 10) {
        nodes {
          lineItems(first: 100) {
            nodes {
              id
              fulfillmentLineItem { lineItem { id } }
              totalQuantity
            }
          }
        }
      }
    }
  }
`;

/** Shopify's standard return reasons, looked up by handle (2026-10 deprecates the old enum). */
export const RETURN_REASON_DEFINITIONS = /* GraphQL */ `
  query ReturnReasonDefinitions($handles: [String!]) {
    returnReasonDefinitions(first: 50, handles: $handles) {
      nodes { id handle name deleted }
    }
  }
`;

/** The scopes the merchant granted, which decide the capability flags. */
export const GRANTED_SCOPES = /* GraphQL */ `
  query GrantedScopes {
    currentAppInstallation { accessScopes { handle } }
  }
`;

/** A code discount looked up by its code (a retried coupon finds the code it created before). */
export const DISCOUNT_BY_CODE = /* GraphQL */ `
  query DiscountByCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
      codeDiscount { ... on DiscountCodeBasic { endsAt } }
    }
  }
`;

/** A customer's return request, status REQUESTED until staff approve or decline it. */
export const RETURN_REQUEST = /* GraphQL */ `
  mutation ReturnRequest($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** Approves a requested return (status OPEN). */
export const RETURN_APPROVE_REQUEST = /* GraphQL */ `
  mutation ReturnApproveRequest($input: ReturnApproveRequestInput!) {
    returnApproveRequest(input: $input) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** Declines a requested return with one of Shopify's decline reasons. */
export const RETURN_DECLINE_REQUEST = /* GraphQL */ `
  mutation ReturnDeclineRequest($input: ReturnDeclineRequestInput!) {
    returnDeclineRequest(input: $input) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** Confirms returned quantities, restocks them and issues the refund (replaces `returnRefund`). */
export const RETURN_PROCESS = /* GraphQL */ `
  mutation ReturnProcess($input: ReturnProcessInput!) {
    returnProcess(input: $input) {
      return {
        id
        status
        refunds(first: 10) {
          nodes { id createdAt totalRefundedSet { presentmentMoney { amount currencyCode } } }
        }
      }
      userErrors { field message code }
    }
  }
`;

/** Cancels a return before any work was done on it. */
export const RETURN_CANCEL = /* GraphQL */ `
  mutation ReturnCancel($id: ID!) {
    returnCancel(id: $id) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** Marks a return complete. */
export const RETURN_CLOSE = /* GraphQL */ `
  mutation ReturnClose($id: ID!) {
    returnClose(id: $id) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** Reopens a closed return. */
export const RETURN_REOPEN = /* GraphQL */ `
  mutation ReturnReopen($id: ID!) {
    returnReopen(id: $id) {
      return { id status }
      userErrors { field message code }
    }
  }
`;

/** A refund outside a return (goodwill, shipping); Shopify requires an idempotency key since 2026-04. */
export const REFUND_CREATE = /* GraphQL */ `
  mutation RefundCreate($input: RefundInput!, $idempotencyKey: String!) {
    refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
      refund {
        id
        createdAt
        totalRefundedSet { presentmentMoney { amount currencyCode } }
      }
      userErrors { field message }
    }
  }
`;

/** Credits a customer's store-credit account (created on first use for the currency). */
export const STORE_CREDIT_ACCOUNT_CREDIT = /* GraphQL */ `
  mutation StoreCreditAccountCredit($id: ID!, $creditInput: StoreCreditAccountCreditInput!) {
    storeCreditAccountCredit(id: $id, creditInput: $creditInput) {
      storeCreditAccountTransaction {
        id
        amount { amount currencyCode }
        balanceAfterTransaction { amount currencyCode }
      }
      userErrors { field message code }
    }
  }
`;

/** A single-use amount-off or percentage discount code for a complaint. */
export const DISCOUNT_CODE_BASIC_CREATE = /* GraphQL */ `
  mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
      codeDiscountNode { id }
      userErrors { field message code }
    }
  }
`;

/** Replaces the order's note (the app appends to what it read with {@link ORDER_NOTE}). */
export const ORDER_UPDATE_NOTE = /* GraphQL */ `
  mutation OrderUpdateNote($input: OrderInput!) {
    orderUpdate(input: $input) {
      order { id }
      userErrors { field message }
    }
  }
`;

/** Every document above by operation name, for the schema validation test and the scope check. */
export const ADMIN_DOCUMENTS = {
  GetOrder: GET_ORDER,
  OrderLinesPage: ORDER_LINES_PAGE,
  FindOrdersByName: FIND_ORDERS_BY_NAME,
  OrderRefundContext: ORDER_REFUND_CONTEXT,
  OrderNote: ORDER_NOTE,
  GetReturn: GET_RETURN,
  ReturnReasonDefinitions: RETURN_REASON_DEFINITIONS,
  GrantedScopes: GRANTED_SCOPES,
  DiscountByCode: DISCOUNT_BY_CODE,
  ReturnRequest: RETURN_REQUEST,
  ReturnApproveRequest: RETURN_APPROVE_REQUEST,
  ReturnDeclineRequest: RETURN_DECLINE_REQUEST,
  ReturnProcess: RETURN_PROCESS,
  ReturnCancel: RETURN_CANCEL,
  ReturnClose: RETURN_CLOSE,
  ReturnReopen: RETURN_REOPEN,
  RefundCreate: REFUND_CREATE,
  StoreCreditAccountCredit: STORE_CREDIT_ACCOUNT_CREDIT,
  DiscountCodeBasicCreate: DISCOUNT_CODE_BASIC_CREATE,
  OrderUpdateNote: ORDER_UPDATE_NOTE,
} as const;
