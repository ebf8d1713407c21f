"use client";
// The header's call to action: an address and a frequency, answered inline without leaving the page.
import { useActionState } from "react";
import { subscribeAction, type SubscribeState } from "@/lib/subscriptions/actions";
import { fieldAria, FormStatus } from "./form-feedback";

const INITIAL: SubscribeState = { status: "idle" };

export function SubscribeForm() {
  const [state, action, pending] = useActionState(subscribeAction, INITIAL);
  const emailError = state.fieldErrors?.email;
  const feedback = emailError ?? state.fieldErrors?.frequency ?? state.message;
  return (
    // noValidate: our own messages, in the live region, rather than the browser's bubbles.
    <form
      action={action}
      noValidate
      className="flex w-full flex-wrap items-center gap-2 sm:w-auto"
      aria-label="Subscribe to the digest"
    >
      <label htmlFor="subscribe-email" className="sr-only">
        Email address
      </label>
      <input
        id="subscribe-email"
        name="email"
        type="email"
        autoComplete="email"
        placeholder="you@example.com"
        defaultValue={state.values?.email}
        {...fieldAria(Boolean(emailError), "subscribe-feedback")}
        className="min-w-0 flex-1 rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm sm:w-52 sm:flex-none dark:border-gray-700 dark:bg-gray-900"
      />
      <label htmlFor="subscribe-frequency" className="sr-only">
        How often
      </label>
      <select
        id="subscribe-frequency"
        name="frequency"
        defaultValue={state.values?.frequency ?? "daily"}
        className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900"
      >
        <option value="daily">Daily</option>
        <option value="weekly">Weekly</option>
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60 dark:bg-white dark:text-gray-900 dark:hover:bg-gray-200"
      >
        {pending ? "Subscribing…" : "Subscribe"}
      </button>
      <FormStatus
        id="subscribe-feedback"
        message={feedback}
        isError={state.status === "error"}
        className="w-full text-sm"
      />
    </form>
  );
}
