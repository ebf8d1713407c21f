"use client";
// The digest preference form: every field labelled, each mistake said next to its field and
// announced, and the whole form working without JavaScript (a server action).
import { useActionState, type ReactNode } from "react";
import { savePreferencesAction, type PreferencesState } from "@/lib/subscriptions/actions";
import type { Preferences, PreferencesFormField } from "@/lib/subscriptions/preferences";
import { buttonClass } from "./notice-page";

const INITIAL: PreferencesState = {};
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const inputClass =
  "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900";
const TOPIC_FIELDS = [
  [
    "keywords",
    "Keywords",
    'Words as you would search for them, one a line: diffusion, "speculative decoding", quantiz*',
  ],
  ["categories", "arXiv categories", "One a line, like cs.LG or hep-th"],
  ["organizations", "Organizations", "Names as the site shows them, one a line"],
  ["authors", "Authors", "Full names, one a line"],
] as const;

function initialValues(preferences: Preferences): Record<PreferencesFormField, string> {
  return {
    frequency: preferences.frequency,
    digestSize: String(preferences.digestSize),
    keywords: preferences.topics.keywords.join("\n"),
    categories: preferences.topics.categories.join("\n"),
    organizations: preferences.topics.organizations.join("\n"),
    authors: preferences.topics.authors.join("\n"),
    mutes: preferences.mutes.join("\n"),
    timeZone: preferences.timeZone,
    sendHour: String(preferences.sendHour),
    pausedUntil: preferences.pausedUntil ?? "",
    neverRepeat: preferences.neverRepeat ? "on" : "",
  };
}

function FieldError({ field, state }: { field: PreferencesFormField; state: PreferencesState }) {
  const error = state.fieldErrors?.[field];
  return error ? (
    <p id={`${field}-error`} className="text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  ) : null;
}

/** The attributes that tie a field to its error, when it has one. */
function described(field: PreferencesFormField, state: PreferencesState, hint?: string) {
  const error = state.fieldErrors?.[field];
  const ids = [hint, error ? `${field}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

/** A list typed one entry a line: a labelled text area with its hint and its error. */
function ListField({
  field,
  label,
  hint,
  value,
  state,
}: {
  field: PreferencesFormField;
  label: string;
  hint: string;
  value: string;
  state: PreferencesState;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={field} className="block font-medium">
        {label}
      </label>
      <p id={`${field}-hint`} className="text-sm text-gray-600 dark:text-gray-400">
        {hint}
      </p>
      <textarea
        id={field}
        name={field}
        rows={3}
        defaultValue={value}
        className={inputClass}
        {...described(field, state, `${field}-hint`)}
      />
      <FieldError field={field} state={state} />
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-2 rounded-md border border-gray-200 p-3 dark:border-gray-800">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function PreferencesForm({
  token,
  preferences,
  timeZones,
  sizes,
}: {
  token: string;
  preferences: Preferences;
  timeZones: string[];
  /** The digest sizes offered (lib/subscriptions/preferences.ts, which a client bundle need not load). */
  sizes: readonly number[];
}) {
  const [state, action, pending] = useActionState(savePreferencesAction, INITIAL);
  const values = { ...initialValues(preferences), ...state.values };
  return (
    // The key makes the fields take the values sent back with an error.
    <form key={JSON.stringify(state)} action={action} noValidate className="space-y-4" aria-label="Digest preferences">
      <input type="hidden" name="token" value={token} />
      <p aria-live="polite" className="font-medium text-red-700 dark:text-red-400">
        {state.message}
      </p>
      <Group legend="How often">
        {(["daily", "weekly"] as const).map((frequency) => (
          <label key={frequency} className="flex items-center gap-2">
            <input type="radio" name="frequency" value={frequency} defaultChecked={values.frequency === frequency} />
            {frequency === "daily" ? "Daily" : "Weekly (ISO weeks, from Monday)"}
          </label>
        ))}
        <FieldError field="frequency" state={state} />
        <label htmlFor="pausedUntil" className="block">
          Paused until (no digest before this day; leave empty to keep receiving it)
        </label>
        <input
          id="pausedUntil"
          name="pausedUntil"
          type="date"
          defaultValue={values.pausedUntil}
          className={inputClass}
          {...described("pausedUntil", state)}
        />
        <FieldError field="pausedUntil" state={state} />
      </Group>
      <Group legend="Papers per digest">
        <div className="flex gap-4">
          {sizes.map((size) => (
            <label key={size} className="flex items-center gap-2">
              <input type="radio" name="digestSize" value={size} defaultChecked={values.digestSize === String(size)} />
              {size}
            </label>
          ))}
        </div>
        <FieldError field="digestSize" state={state} />
      </Group>
      <Group legend="Topics to follow">
        <p className="text-sm">
          With none, you get the trending papers. With some, only papers that follow one of them, those that follow more
          first.
        </p>
        {TOPIC_FIELDS.map(([field, label, hint]) => (
          <ListField key={field} field={field} label={label} hint={hint} value={values[field]} state={state} />
        ))}
      </Group>
      <Group legend="Keywords to mute">
        <ListField
          field="mutes"
          label="Muted keywords"
          hint="A paper any of these finds is never sent, one a line"
          value={values.mutes}
          state={state}
        />
      </Group>
      <Group legend="When">
        <label htmlFor="timeZone" className="block">
          Time zone
        </label>
        <input
          id="timeZone"
          name="timeZone"
          list="time-zones"
          autoComplete="off"
          defaultValue={values.timeZone}
          className={inputClass}
          {...described("timeZone", state)}
        />
        <datalist id="time-zones">
          {["UTC", ...timeZones].map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError field="timeZone" state={state} />
        <label htmlFor="sendHour" className="block">
          Hour of sending
        </label>
        <select
          id="sendHour"
          name="sendHour"
          defaultValue={values.sendHour}
          className={inputClass}
          {...described("sendHour", state)}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {`${String(hour).padStart(2, "0")}:00`}
            </option>
          ))}
        </select>
        <FieldError field="sendHour" state={state} />
      </Group>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="neverRepeat" defaultChecked={values.neverRepeat === "on"} />
        Never send me a paper twice
      </label>
      <button type="submit" disabled={pending} className={`${buttonClass} disabled:opacity-60`}>
        {pending ? "Saving…" : "Save preferences"}
      </button>
    </form>
  );
}
