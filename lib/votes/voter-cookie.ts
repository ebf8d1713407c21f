// The voter cookie's name, on its own so that code that only needs the name (the browser
// tests) loads no server code.
export const VOTER_COOKIE = "dp_voter";
