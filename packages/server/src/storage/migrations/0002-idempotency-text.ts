/** Replayed answers must be byte-identical: jsonb reorders keys, text keeps the first answer as sent. */
export const idempotencyText = `
ALTER TABLE idempotency_keys ALTER COLUMN response_body TYPE text USING response_body::text;
`;
