/**
 * Staff members get an address and a display name (SLA alerts go to the assignee), carried by
 * their API keys: a member is the set of live keys with one staff id.
 */
export const staffContacts = `
ALTER TABLE api_keys ADD COLUMN email text;
ALTER TABLE api_keys ADD COLUMN display_name text;
CREATE INDEX api_keys_by_staff ON api_keys (tenant_id, staff_id);
`;
