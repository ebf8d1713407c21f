// The voter cookie's name, on its own so that next.config.ts can route on it without loading
// server code.
export const VOTER_COOKIE = "dp_voter";
