// The collection, saved-paper and handle routes of the OpenAPI document. Like the member routes,
// each write also serves HTML forms, which get a 303 to the account page instead of this JSON.
import { z } from "zod";
import {
  collectionAnswer,
  collectionPaperInput,
  createCollectionInput,
  savedAmongAnswer,
  savedAnswer,
  updateCollectionInput,
} from "../collections/schema";
import { handleAnswer, handleInput } from "../members/schema";
import { deletedAnswer } from "../members/schema";
import { upvoteCountsQuery } from "../votes/counts-api";
import { upvoteParams } from "../votes/schema";
import { errorResponses, type ApiRoute } from "./route";

const JSON_OR_FORM = ["application/json", "application/x-www-form-urlencoded"];
const JSON_HEADERS = { "content-type": "application/json" };
const collectionParams = z.object({ id: z.string().meta({ description: "The collection's id." }) });
const notYours = "No collection of this member has this id.";
const refused = { 401: "No member is signed in.", 403: "The request came from another site's page." };

function saveRoute(method: "post" | "delete", summary: string): ApiRoute {
  return {
    method,
    path: "/api/papers/{id}/save",
    summary,
    description: "The member's saved papers are private to them; a repeat changes nothing.",
    pathParams: upvoteParams,
    security: "memberSession",
    responses: {
      200: { description: "Whether the paper is saved now.", schema: savedAnswer },
      ...errorResponses({ 400: "The id is malformed.", 404: "There is no such paper.", ...refused }),
    },
    example: { url: "/api/papers/2406.00001/save" },
  };
}

export const COLLECTION_ROUTES: ApiRoute[] = [
  saveRoute("post", "Save a paper"),
  saveRoute("delete", "Take a paper off the saved ones"),
  {
    method: "get",
    path: "/api/members/saved",
    summary: "Which of these papers the signed-in member saved",
    description: "What a cached page's save buttons ask after load; a visitor has saved none.",
    query: upvoteCountsQuery,
    responses: {
      200: { description: "The saved ids among those asked.", schema: savedAmongAnswer },
      ...errorResponses({ 400: "The ids are missing or malformed." }),
    },
    example: { url: "/api/members/saved?ids=2406.00001,2406.00002" },
  },
  {
    method: "post",
    path: "/api/collections",
    summary: "Create a collection",
    description: "Private unless public is true. A member keeps at most 100 collections.",
    body: { schema: createCollectionInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    responses: {
      201: { description: "Created.", schema: collectionAnswer },
      ...errorResponses({ 400: "The name is missing or too long.", ...refused }),
    },
    example: { url: "/api/collections", headers: JSON_HEADERS, body: JSON.stringify({ name: "Reading group" }) },
  },
  {
    method: "post",
    path: "/api/collections/{id}",
    summary: "Rename a collection, or make it public or private",
    description:
      "A public collection has a page (/collections/{id}), an RSS feed (feed.xml) and a BibTeX file (bibtex).",
    pathParams: collectionParams,
    body: { schema: updateCollectionInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    exampleNeeds: "collection",
    responses: {
      200: { description: "Changed.", schema: collectionAnswer },
      ...errorResponses({ 400: "Neither a valid name nor public was given.", 404: notYours, ...refused }),
    },
    example: { url: "/api/collections/{collection}", headers: JSON_HEADERS, body: JSON.stringify({ public: true }) },
  },
  {
    method: "post",
    path: "/api/collections/{id}/delete",
    summary: "Delete a collection",
    description: "Its papers stay on the site.",
    pathParams: collectionParams,
    security: "memberSession",
    exampleNeeds: "collection",
    responses: {
      200: { description: "Deleted.", schema: deletedAnswer },
      ...errorResponses({ 404: notYours, ...refused }),
    },
    example: { url: "/api/collections/{collection}/delete" },
  },
  {
    method: "post",
    path: "/api/collections/{id}/papers",
    summary: "Add a paper to a collection, or remove one",
    description: "paper_id takes an id of a paper here or its arXiv address. A collection holds at most 500 papers.",
    pathParams: collectionParams,
    body: { schema: collectionPaperInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    exampleNeeds: "collection",
    responses: {
      200: { description: "The collection now.", schema: collectionAnswer },
      ...errorResponses({
        400: "No such paper here, or action is neither add nor remove.",
        401: refused[401],
        403: "Another site's page, or the collection is full.",
        404: notYours,
      }),
    },
    example: {
      url: "/api/collections/{collection}/papers",
      headers: JSON_HEADERS,
      body: JSON.stringify({ paper_id: "2406.00001", action: "add" }),
    },
  },
  {
    method: "post",
    path: "/api/members/handle",
    summary: "Choose the member's handle",
    description: "The public page moves to /users/{handle}; the old address stops working.",
    body: { schema: handleInput, contentTypes: JSON_OR_FORM },
    security: "memberSession",
    responses: {
      200: { description: "Changed.", schema: handleAnswer },
      ...errorResponses({ 400: "Taken, or not 1 to 40 lower-case letters, digits or dashes.", ...refused }),
    },
    example: { url: "/api/members/handle", headers: JSON_HEADERS, body: JSON.stringify({ handle: "reader-one" }) },
  },
];
