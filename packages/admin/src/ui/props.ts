/** `{ error }` for a Polaris field when there is a message, `{}` otherwise (exact optional props). */
export function errorProp(message: string | undefined | null): { error: string } | Record<string, never> {
  return message ? { error: message } : {};
}
