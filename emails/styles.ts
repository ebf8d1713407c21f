// Inline styles shared by the email templates: mail clients ignore stylesheets, so every
// element carries its own.
import type { CSSProperties } from "react";

export const body: CSSProperties = {
  backgroundColor: "#f6f7f9",
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  color: "#111827",
  margin: 0,
  padding: "24px 0",
};

export const container: CSSProperties = {
  backgroundColor: "#ffffff",
  border: "1px solid #e5e7eb",
  borderRadius: "12px",
  maxWidth: "600px",
  padding: "24px",
};

export const heading: CSSProperties = { fontSize: "22px", lineHeight: "28px", margin: "0 0 12px" };
export const text: CSSProperties = { fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" };
export const muted: CSSProperties = { fontSize: "13px", lineHeight: "20px", color: "#6b7280", margin: "0 0 8px" };
export const link: CSSProperties = { color: "#1d4ed8", textDecoration: "underline" };
export const button: CSSProperties = {
  backgroundColor: "#111827",
  borderRadius: "8px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "15px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
export const rule: CSSProperties = { borderColor: "#e5e7eb", margin: "20px 0" };
