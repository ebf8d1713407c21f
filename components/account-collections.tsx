// The account page's collections: create, rename, make public or private, delete, add and remove
// papers. Plain forms (they work without JavaScript); a refusal comes back as a code in the address,
// and its sentence shows next to the form it concerns.
import Link from "next/link";
import type { CollectionWithPapers } from "@/lib/collections/collections";
import {
  collectionApiPath,
  collectionDeleteApiPath,
  collectionPapersApiPath,
  collectionPath,
  COLLECTIONS_API_PATH,
  paperPath,
} from "@/lib/http/paths";
import { FieldError, fieldAria } from "./form-feedback";
import { buttonClass } from "./notice-page";

const ERRORS: Record<string, string> = {
  name: "Give the collection a name of at most 80 characters: nothing was changed.",
  paper: "There is no such paper here. Use its arXiv id, such as 2406.12345: nothing was changed.",
  missing: "That collection no longer exists.",
  limit: "You have as many collections as one member may keep. Delete one first.",
  full: "This collection holds as many papers as it may. Remove one first.",
};

const input = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900";
type Props = {
  collections: CollectionWithPapers[];
  error?: { code: string; collection?: string };
  /** A paper id the member came to add (from the paper page's "Add to a collection"). */
  adding?: string;
};

export function AccountCollections({ collections, error, adding }: Props) {
  const message = error && ERRORS[error.code];
  const messageFor = (id?: string) => (error?.collection === id ? message : undefined);
  return (
    <div className="space-y-6">
      <form method="post" action={COLLECTIONS_API_PATH} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="new-collection" className="block text-sm font-medium">
            New collection
          </label>
          <input
            id="new-collection"
            name="name"
            // A collection's name, not the member's: no autofill (Chrome raises a DevTools issue
            // for a field named like an autofill value without an autocomplete attribute).
            autoComplete="off"
            required
            maxLength={80}
            {...fieldAria(Boolean(messageFor(undefined)), "new-collection-feedback")}
            className={input}
          />
        </div>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="public" /> Public
        </label>
        <button type="submit" className={buttonClass}>
          Create
        </button>
      </form>
      <FieldError id="new-collection-feedback" announce="alert" message={messageFor(undefined)} className="text-sm" />
      {collections.map((collection) => (
        <CollectionForms
          key={collection.id}
          collection={collection}
          message={messageFor(collection.id)}
          adding={adding}
        />
      ))}
    </div>
  );
}

function CollectionForms({
  collection,
  message,
  adding,
}: {
  collection: CollectionWithPapers;
  message?: string;
  adding?: string;
}) {
  const id = collection.id;
  return (
    <section
      id={`collection-${id}`}
      aria-labelledby={`collection-${id}-name`}
      className="space-y-2 rounded-lg border border-gray-200 p-3 dark:border-gray-800"
    >
      <h3 id={`collection-${id}-name`} className="font-semibold">
        {collection.name}{" "}
        <span className="text-sm font-normal text-gray-600 dark:text-gray-400">
          {collection.isPublic ? (
            <>
              (public:{" "}
              <Link href={collectionPath(id)} className="underline">
                its page
              </Link>
              )
            </>
          ) : (
            "(private)"
          )}
        </span>
      </h3>
      <div className="flex flex-wrap gap-2">
        <form method="post" action={collectionApiPath(id)} className="flex flex-wrap items-end gap-2">
          <label htmlFor={`rename-${id}`} className="sr-only">
            New name for {collection.name}
          </label>
          <input
            id={`rename-${id}`}
            name="name"
            autoComplete="off"
            defaultValue={collection.name}
            required
            maxLength={80}
            className={input}
            aria-describedby={`collection-${id}-feedback`}
          />
          <button type="submit" className={buttonClass}>
            Rename
          </button>
        </form>
        <form method="post" action={collectionApiPath(id)}>
          <input type="hidden" name="public" value={collection.isPublic ? "false" : "true"} />
          <button type="submit" className={buttonClass}>
            {collection.isPublic ? "Make private" : "Make public"}
          </button>
        </form>
        <form method="post" action={collectionDeleteApiPath(id)}>
          <button type="submit" className={buttonClass} aria-label={`Delete the collection ${collection.name}`}>
            Delete
          </button>
        </form>
      </div>
      <form method="post" action={collectionPapersApiPath(id)} className="flex flex-wrap items-end gap-2">
        <label htmlFor={`add-${id}`} className="text-sm font-medium">
          Add a paper (arXiv id)
        </label>
        <input
          id={`add-${id}`}
          name="paper_id"
          required
          defaultValue={adding}
          className={input}
          {...fieldAria(Boolean(message), `collection-${id}-feedback`)}
        />
        <input type="hidden" name="action" value="add" />
        <button type="submit" className={buttonClass}>
          Add
        </button>
      </form>
      <FieldError id={`collection-${id}-feedback`} announce="alert" message={message} className="text-sm" />
      {collection.papers.length === 0 ? (
        <p className="text-sm text-gray-600 dark:text-gray-400">No papers yet.</p>
      ) : (
        <ul className="space-y-1">
          {collection.papers.map((paper) => (
            <li key={paper.id} className="flex flex-wrap items-center gap-2">
              <Link href={paperPath(paper.id)} className="hover:underline">
                {paper.title}
              </Link>
              <form method="post" action={collectionPapersApiPath(id)}>
                <input type="hidden" name="paper_id" value={paper.id} />
                <input type="hidden" name="action" value="remove" />
                <button
                  type="submit"
                  className="text-sm underline"
                  aria-label={`Remove ${paper.title} from ${collection.name}`}
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
