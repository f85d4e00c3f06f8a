/** Tenants, staff keys, the event store with its projection, and the tables of the jobs. */
export const initial = `
CREATE TABLE tenants (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'manager', 'admin')),
  staff_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE case_events (
  tenant_id text NOT NULL,
  case_id text NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('customer', 'internal')),
  data jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, case_id, seq)
);

CREATE TABLE cases (
  tenant_id text NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  item_progress text,
  category text,
  priority text NOT NULL,
  channel text NOT NULL,
  assignee_id text,
  order_id text,
  order_number text,
  customer_email text,
  subject text,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  first_response_due_at timestamptz,
  resolution_due_at timestamptz,
  next_check_at timestamptz,
  sla_state text,
  sla jsonb,
  search_text text NOT NULL DEFAULT '',
  version integer NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX cases_by_opened ON cases (tenant_id, opened_at DESC, id DESC);
CREATE INDEX cases_by_status ON cases (tenant_id, status, opened_at DESC, id DESC);
CREATE INDEX cases_by_order ON cases (tenant_id, order_number);
CREATE INDEX cases_by_email ON cases (tenant_id, customer_email);
CREATE INDEX cases_due_checks ON cases (next_check_at) WHERE next_check_at IS NOT NULL;

CREATE TABLE policies (
  tenant_id text NOT NULL REFERENCES tenants (id),
  version integer NOT NULL,
  body jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  published_by text,
  PRIMARY KEY (tenant_id, version)
);

CREATE TABLE sla_policies (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE calendars (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE idempotency_keys (
  tenant_id text NOT NULL,
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  response_status integer NOT NULL,
  response_body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

CREATE TABLE webhook_inbox (
  tenant_id text NOT NULL,
  platform text NOT NULL,
  delivery_id text NOT NULL,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  processed_at timestamptz,
  PRIMARY KEY (tenant_id, platform, delivery_id)
);

CREATE TABLE outbox (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_by text,
  locked_at timestamptz,
  delivered_at timestamptz,
  failed_at timestamptz,
  last_error text
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;

CREATE TABLE attachments (
  tenant_id text NOT NULL,
  id text NOT NULL,
  owner text NOT NULL,
  case_id text,
  content_type text NOT NULL,
  bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX attachments_by_case ON attachments (tenant_id, case_id);

CREATE TABLE rate_limits (
  bucket text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);

CREATE TABLE webhook_endpoints (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id text NOT NULL,
  url text NOT NULL,
  secret text NOT NULL,
  topics jsonb NOT NULL DEFAULT '["*"]'::jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
`;
