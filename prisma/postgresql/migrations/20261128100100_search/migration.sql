-- Full-text search over papers on PostgreSQL: Paper."search" (a tsvector with its GIN index, made
-- by the init migration from the schema) is written by these triggers, the counterpart of SQLite's
-- FTS5 table (prisma/migrations/20261126010000_search). Written by hand: Prisma's schema language
-- cannot describe text search configurations, functions or triggers.
--
-- Words as SQLite's unicode61 tokenizer (remove_diacritics 2) sees them: runs of letters and
-- digits, case and accents folded, no stemming. Everything else is replaced by a space before
-- PostgreSQL's parser sees the text, so that "GPT-4" is the words "gpt" and "4" and a URL is its
-- words, as in FTS5, rather than one host or URL token. unaccent is a trusted extension shipped
-- with PostgreSQL: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION paper_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION paper_search
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;

CREATE FUNCTION paper_search_words(text) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('paper_search', regexp_replace(coalesce($1, ''), '[^[:alnum:]]+', ' ', 'g'))
$$;

-- The weights rank a match in the title above one in the authors, the organization, the
-- abstract (lib/search/search.ts gives ts_rank their values).
CREATE FUNCTION paper_search_document(title text, abstract text, authors jsonb, organization text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(paper_search_words(title), 'A')
        || setweight(paper_search_words(
               -- authors is a JSON array of names; anything else indexes no names rather than failing the write.
               (SELECT string_agg(name #>> '{}', ' ')
                FROM jsonb_array_elements(CASE WHEN jsonb_typeof(authors) = 'array' THEN authors END) AS name
                WHERE jsonb_typeof(name) = 'string')), 'B')
        || setweight(paper_search_words(organization), 'C')
        || setweight(paper_search_words(abstract), 'D')
$$;

CREATE FUNCTION paper_search_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search" := paper_search_document(
        NEW."title", NEW."abstract", NEW."authors",
        (SELECT "name" FROM "Organization" WHERE "slug" = NEW."organizationSlug"));
    RETURN NEW;
END
$$;

-- Only the indexed columns: an upvote (which updates "upvotes") leaves the document alone.
CREATE TRIGGER "Paper_search_write" BEFORE INSERT OR UPDATE OF "title", "abstract", "authors", "organizationSlug"
ON "Paper" FOR EACH ROW EXECUTE FUNCTION paper_search_write();

-- Renaming an organization renames it in the document of each of its papers.
CREATE FUNCTION organization_search_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Paper" SET "search" = paper_search_document("title", "abstract", "authors", NEW."name")
    WHERE "organizationSlug" = NEW."slug";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Organization_search_rename" AFTER UPDATE OF "name" ON "Organization"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION organization_search_rename();
