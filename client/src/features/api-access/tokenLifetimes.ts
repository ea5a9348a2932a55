/** The lifetimes offered when creating a token; the API itself accepts 1 to 365 days. */
export const tokenLifetimeChoicesInDays = [7, 30, 90, 365] as const;

export type TokenLifetimeInDays = (typeof tokenLifetimeChoicesInDays)[number];

export const defaultTokenLifetimeInDays: TokenLifetimeInDays = 30;

/** The API's own limit, repeated here so the field stops at it instead of failing on submit. */
export const tokenNameMaxLength = 100;

const millisecondsPerDay = 24 * 60 * 60 * 1000;

export function describeTokenLifetime(lifetimeInDays: TokenLifetimeInDays): string {
  return lifetimeInDays === 365 ? "365 days (1 year)" : `${lifetimeInDays} days`;
}

export function parseTokenLifetime(value: string | null): TokenLifetimeInDays | null {
  return tokenLifetimeChoicesInDays.find((choice) => String(choice) === value) ?? null;
}

/** When a token created at `nowInMilliseconds` would expire, for the preview under the field. */
export function tokenExpiresAt(nowInMilliseconds: number, lifetimeInDays: number): string {
  return new Date(nowInMilliseconds + lifetimeInDays * millisecondsPerDay).toISOString();
}
