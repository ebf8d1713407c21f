// The member and admin routes of the OpenAPI document (lib/openapi/registry.ts lists the rest).
// Each also serves HTML forms, which get a 303 to a page instead of the JSON described here.
import { auditAnswer, blockAnswer, blockMemberInput, paperHiddenAnswer, paperHiddenInput } from "../moderation/schema";
import { paperIdParams } from "../papers/schema";
import {
  confirmSignInInput,
  deleteAccountInput,
  deletedAnswer,
  memberExport,
  revokedAnswer,
  revokeSessionInput,
  sessionAnswer,
  signedInAnswer,
  signInAccepted,
  signInInput,
} from "../members/schema";
import { apiError, errorResponses, type ApiRoute } from "./route";

const JSON_OR_FORM = ["application/json", "application/x-www-form-urlencoded"];
const JSON_HEADERS = { "content-type": "application/json" };
const crossSite = { 403: { description: "The request came from another site's page.", schema: apiError } };
const signedOut = { 401: { description: "No member is signed in.", schema: apiError } };

export const MEMBER_ROUTES: ApiRoute[] = [
  {
    method: "post",
    path: "/api/members/sign-in",
    summary: "Email a sign-in link",
    description:
      "Sends a one-time link, valid 15 minutes, to the address. 5 requests an hour per address, 20 per client address. With ALLOWED_EMAIL_DOMAINS set, a new address at another domain is refused.",
    body: { schema: signInInput, contentTypes: JSON_OR_FORM },
    responses: {
      202: { description: "The link is on its way.", schema: signInAccepted },
      ...errorResponses({
        400: "The address is not valid.",
        403: "Another site's page, a domain not allowed, or a blocked member.",
        429: "Too many links asked for.",
      }),
    },
    example: {
      url: "/api/members/sign-in",
      headers: JSON_HEADERS,
      body: JSON.stringify({ email: "reader@example.com" }),
    },
  },
  {
    method: "post",
    path: "/api/members/sign-in/confirm",
    summary: "Sign in with the token of an emailed link",
    description:
      "What the page the link opens posts. Sets the session cookie; the browser's anonymous votes become the member's.",
    body: { schema: confirmSignInInput, contentTypes: JSON_OR_FORM },
    exampleNeeds: "signInToken",
    responses: {
      200: { description: "Signed in.", schema: signedInAnswer },
      ...errorResponses({ 400: "The link has expired, was used already, or is not valid." }),
      ...crossSite,
    },
    example: { url: "/api/members/sign-in/confirm", headers: JSON_HEADERS },
  },
  {
    method: "post",
    path: "/api/members/sign-out",
    summary: "Sign this browser out",
    // No session required: signing out a browser that is not signed in is done already.
    description: "Ends the session of the browser's cookie, if it has one; a visitor gets the same answer.",
    responses: { 200: { description: "Signed out.", schema: signedInAnswer }, ...crossSite },
    example: { url: "/api/members/sign-out" },
  },
  {
    method: "get",
    path: "/api/members/session",
    summary: "Who is signed in",
    description: "What the header asks after a cached page loads.",
    responses: { 200: { description: "The member, or null.", schema: sessionAnswer } },
    example: { url: "/api/members/session" },
  },
  {
    method: "post",
    path: "/api/members/sessions",
    summary: "End one of the member's sessions, or all of them",
    body: { schema: revokeSessionInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    responses: {
      200: { description: "Ended.", schema: revokedAnswer },
      ...errorResponses({ 400: "No session named.", 404: "The member has no session with this id." }),
      ...signedOut,
      ...crossSite,
    },
    example: { url: "/api/members/sessions", headers: JSON_HEADERS, body: JSON.stringify({ session: "all" }) },
  },
  {
    method: "get",
    path: "/api/members/export",
    summary: "Everything stored about the member, as JSON",
    security: "memberSession",
    responses: { 200: { description: "The member's data.", schema: memberExport }, ...signedOut },
    example: { url: "/api/members/export" },
  },
  {
    method: "post",
    path: "/api/members/delete",
    summary: "Delete the member's account",
    description: "Votes removed and papers recounted, subscription ended, comments kept as from a deleted member.",
    body: { schema: deleteAccountInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    responses: {
      200: { description: "Deleted, and signed out.", schema: deletedAnswer },
      ...errorResponses({ 400: 'The confirmation is not "delete".' }),
      ...signedOut,
      ...crossSite,
    },
    example: { url: "/api/members/delete", headers: JSON_HEADERS, body: JSON.stringify({ confirm: "delete" }) },
  },
  {
    method: "get",
    path: "/api/admin/audit",
    summary: "The audit log of moderation, newest first",
    security: "adminSession",
    responses: {
      200: { description: "The latest 200 entries.", schema: auditAnswer },
      ...errorResponses({ 401: "No member is signed in.", 403: "The member is not an admin." }),
    },
    example: { url: "/api/admin/audit" },
  },
  {
    method: "post",
    path: "/api/admin/members/block",
    summary: "Block or unblock a member",
    description: "A blocked member's sessions end and they cannot sign in until unblocked.",
    body: { schema: blockMemberInput, contentTypes: JSON_OR_FORM },
    security: "adminSession",
    responses: {
      200: { description: "Done.", schema: blockAnswer },
      ...errorResponses({
        400: "The handle or the choice is not valid, or it names the admin.",
        401: "No member is signed in.",
        403: "The member is not an admin, or another site's page.",
        404: "No member has this handle.",
      }),
    },
    example: {
      url: "/api/admin/members/block",
      headers: JSON_HEADERS,
      body: JSON.stringify({ handle: "example-member", blocked: "true" }),
    },
  },
  {
    method: "post",
    path: "/api/admin/papers/{id}/hidden",
    summary: "Hide or restore a paper",
    description:
      "A hidden paper is a 404 for everyone but admins and is left out of every list, feed, search, the digest and the API, and votes on it are refused, until restored.",
    pathParams: paperIdParams,
    body: { schema: paperHiddenInput, contentTypes: JSON_OR_FORM },
    security: "adminSession",
    responses: {
      200: { description: "Done.", schema: paperHiddenAnswer },
      ...errorResponses({
        400: "The id or the choice is not valid.",
        401: "No member is signed in.",
        403: "The member is not an admin, or another site's page.",
        404: "There is no such paper.",
      }),
    },
    example: {
      url: "/api/admin/papers/2406.00001/hidden",
      headers: JSON_HEADERS,
      body: JSON.stringify({ hidden: "true" }),
    },
  },
];
