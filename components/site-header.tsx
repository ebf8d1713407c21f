import Link from "next/link";
import { LATEST_PATH, SUBMIT_PATH, TRENDING_PATH } from "@/lib/http/paths";
import { MemberMenu } from "./member-menu";
import { SearchBox } from "./search-box";
import { SubscribeForm } from "./subscribe-form";

const NAV = [
  { href: LATEST_PATH, label: "Daily" },
  { href: TRENDING_PATH, label: "Trending" },
  { href: SUBMIT_PATH, label: "Submit a paper" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-gray-200 bg-gray-50/80 dark:border-gray-800 dark:bg-gray-900/60">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-5 w-5 fill-none stroke-current stroke-[1.5]">
            <path d="M4 1.75h5.5L12.25 4.5v9.75H4z M9.5 1.75V4.5h2.75 M6 7.5h4 M6 10h4" />
          </svg>{" "}
          Daily Papers
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm text-gray-600 dark:text-gray-300">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-gray-900 hover:underline dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <MemberMenu />
        <div id="subscribe" className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <p className="text-gray-600 dark:text-gray-300">Get trending papers in your email inbox!</p>
          <SubscribeForm />
        </div>
      </div>
    </header>
  );
}
