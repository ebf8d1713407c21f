import type { Metadata } from "next";
import { SubmitPaperForm } from "@/components/submit-paper-form";

export const metadata: Metadata = { title: "Submit a paper" };

export default function SubmitPaperPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Submit a paper</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">
        Name a paper on arXiv: it is fetched from arXiv and added to today&apos;s feed. If it is already here, you are taken to
        its page.
      </p>
      <SubmitPaperForm />
    </div>
  );
}
