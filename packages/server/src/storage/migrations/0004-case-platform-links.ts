/**
 * Which case follows which platform object (a Shopify return today), so platform webhooks reach
 * the right case and a return we created ourselves is not opened a second time when its webhook
 * comes back. One case per platform object: the key is the object, not the case. The tenant
 * reference cascades, so deleting a tenant (Shopify's `shop/redact`) removes its links too.
 * The partial index finds a platform refund id among the recorded refunds without a table scan.
 */
export const casePlatformLinks = `
CREATE TABLE case_platform_links (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  platform text NOT NULL,
  resource text NOT NULL,
  external_id text NOT NULL,
  case_id text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, platform, resource, external_id)
);
CREATE INDEX case_platform_links_by_case ON case_platform_links (tenant_id, case_id);
CREATE INDEX case_events_by_platform_refund ON case_events (tenant_id, (data->>'platformRefundId'))
  WHERE type = 'refund_issued';
`;
