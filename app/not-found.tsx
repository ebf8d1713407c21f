import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-gray-600 dark:text-gray-400">There is no such day, week, month or paper here.</p>
      <p className="mt-6">
        <Link href="/papers" className="font-medium underline">
          Go to the latest papers
        </Link>
      </p>
    </div>
  );
}
