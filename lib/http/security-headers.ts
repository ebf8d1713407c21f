// Headers every response carries (next.config.ts applies them to every path, 404s included).
// Plain data, no server code: next.config.ts reads it at build time.
//
// Scripts: Next's App Router writes its payload as inline <script> tags, and feed and paper
// pages are rendered once and cached for everyone, so a per-request nonce cannot reach them and
// their hashes change with every render. script-src therefore allows 'unsafe-inline' from this
// origin only; docs/decisions/0011-content-security-policy.md says why and what still holds.

export interface SecurityHeaderOptions {
  /** APP_URL is https: browsers are told to use nothing else (HSTS) and to upgrade subresources. */
  https: boolean;
  /** next dev evaluates code for Fast Refresh. */
  development: boolean;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function contentSecurityPolicy({ https, development }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Paper thumbnails and organization avatars come from the sources' own hosts.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No other site may frame the upvote button or the subscribe form (clickjacking).
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // For browsers older than frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Links out (arXiv, GitHub) learn only that the visit came from this site, never a token in a URL.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(options.https ? [{ key: "Strict-Transport-Security", value: `max-age=${ONE_YEAR_SECONDS}; includeSubDomains` }] : []),
  ];
}
