"use client";
// The sign-in form: an address, and a link sent to it; answered inline, also without JavaScript.
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/members/actions";
import { fieldAria, FormStatus } from "./form-feedback";
import { buttonClass } from "./notice-page";

const INITIAL: SignInState = { status: "idle" };

/** `failure` is why an earlier link signed nobody in, shown until a new one is asked for. */
export function SignInForm({ failure }: { failure?: string }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  const message = state.status === "idle" ? failure : state.message;
  const isError = state.status === "error" || (state.status === "idle" && failure !== undefined);
  return (
    // noValidate: our own messages, in the live region, rather than the browser's bubbles.
    <form action={action} noValidate className="space-y-3" aria-label="Sign in">
      <label htmlFor="sign-in-email" className="block font-medium">
        Email address
      </label>
      <input
        id="sign-in-email"
        name="email"
        type="email"
        autoComplete="email"
        placeholder="you@example.com"
        defaultValue={state.email}
        {...fieldAria(state.status === "error", "sign-in-feedback")}
        className="w-full rounded-md border border-gray-300 bg-white px-3 py-2 dark:border-gray-700 dark:bg-gray-900"
      />
      <button type="submit" disabled={pending} className={`${buttonClass} disabled:opacity-60`}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
      <FormStatus id="sign-in-feedback" message={message} isError={isError} />
    </form>
  );
}
