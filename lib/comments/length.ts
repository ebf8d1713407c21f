// The longest comment, shared by the form's maxLength and the server's schema. A module of its
// own, without zod: the comment form is a client component, and importing the constant from
// schema.ts shipped all of zod to the paper page, whose probe for eval (`Function("")`) is a
// Content-Security-Policy violation there (script-src has no 'unsafe-eval').
export const MAX_COMMENT_LENGTH = 5000;
