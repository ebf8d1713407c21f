import { LATEST_PATH } from "@/lib/http/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** A plain GET form to /papers?q=…: it works without JavaScript and its results can be linked. */
export function SearchBox({ defaultValue, label = "Search papers" }: { defaultValue?: string; label?: string }) {
  return (
    <search>
      <form action={LATEST_PATH} method="get" className="flex items-center gap-2">
        <label className="sr-only" htmlFor={defaultValue === undefined ? "site-search" : "search-again"}>
          {label}
        </label>
        <input
          id={defaultValue === undefined ? "site-search" : "search-again"}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder="Search papers"
          maxLength={MAX_QUERY_LENGTH}
          required
          className="w-44 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm sm:w-56 dark:border-gray-700 dark:bg-gray-900"
        />
        <button
          type="submit"
          className="rounded-md border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800"
        >
          Search
        </button>
      </form>
    </search>
  );
}
