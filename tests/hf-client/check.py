"""Calls every paper function of huggingface_hub's HfApi against this app and prints the results.

    .venv-hf/bin/python tests/hf-client/check.py http://localhost:3000 --date 2026-06-22 \
        --week 2026-W26 --month 2026-06 --query diffusion --paper 2406.12345 --submitter anonymous

Prints one JSON object: each call's papers as plain values, so that a test (tests/e2e/hf-client.spec.ts)
can assert on them. Any error of the client (an HTTP error, a shape it cannot read) ends the script
with status 1 and the error on stderr.
"""

import argparse
import json
import os
import sys

# Set before huggingface_hub is imported: no telemetry, and never a token found on this machine.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_DISABLE_IMPLICIT_TOKEN"] = "1"
os.environ.pop("HF_TOKEN", None)

from huggingface_hub import HfApi, __version__  # noqa: E402


def iso(value):
    return value.isoformat() if value is not None else None


def paper(info):
    """The fields of a PaperInfo the app fills in, as JSON values."""
    return {
        "id": info.id,
        "title": info.title,
        "summary": info.summary,
        "authors": [author.name for author in info.authors or []],
        "published_at": iso(info.published_at),
        "submitted_at": iso(info.submitted_at),
        "submitted_by": info.submitted_by.username if info.submitted_by else None,
        "upvotes": info.upvotes,
        "comments": info.comments,
        "organization": info.organization.fullname if info.organization else None,
        "github_repo": info.github_repo,
        "github_stars": info.github_stars,
        "project_page": info.project_page,
        "ai_summary": info.ai_summary,
        "ai_keywords": info.ai_keywords,
    }


def papers(infos):
    return [paper(info) for info in infos]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("endpoint")
    for name in ("date", "week", "month", "query", "paper", "submitter"):
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()

    api = HfApi(endpoint=args.endpoint, token=False)
    result = {
        "version": __version__,
        "latest": papers(api.list_daily_papers()),
        "date": papers(api.list_daily_papers(date=args.date)),
        "week": papers(api.list_daily_papers(week=args.week)),
        "month": papers(api.list_daily_papers(month=args.month)),
        "date_page": papers(api.list_daily_papers(date=args.date, p=1, limit=5)),
        "date_published": papers(api.list_daily_papers(date=args.date, sort="publishedAt")),
        "month_trending": papers(api.list_daily_papers(month=args.month, sort="trending", limit=10)),
        "submitter": papers(api.list_daily_papers(submitter=args.submitter)),
        "search": papers(api.list_papers(query=args.query)),
        "search_limited": papers(api.list_papers(query=args.query, limit=2)),
        "search_all": papers(api.list_papers(limit=3)),
        "paper_info": paper(api.paper_info(args.paper)),
        "read_paper": api.read_paper(args.paper),
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
