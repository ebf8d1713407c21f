// What a form says back, next to it: one live region per form, always in the page (empty until there
// is something to say, since a screen reader announces only changes to a region it already knows),
// and the field it concerns points at it and is marked invalid while it reports an error.

const TONE = { error: "text-red-700 dark:text-red-400", done: "text-green-800 dark:text-green-400" };

interface FeedbackProps {
  id: string;
  message?: string;
  /** Size and layout; the colour follows from the kind of message. */
  className?: string;
}

/** A form's outcome: what went wrong in red, what happened (a confirmation) in green. */
export function FormStatus({ id, message, isError, className }: FeedbackProps & { isError: boolean }) {
  const tone = isError ? TONE.error : TONE.done;
  return (
    <p id={id} aria-live="polite" className={className ? `${className} ${tone}` : tone}>
      {message}
    </p>
  );
}

/** The feedback of a form that only ever reports an error. */
export function FieldError(props: FeedbackProps) {
  return <FormStatus {...props} isError />;
}

/** The attributes of a field that the feedback (and any hint) in `describedBy` are about. */
export function fieldAria(invalid: boolean, ...describedBy: string[]) {
  return { "aria-invalid": invalid ? true : undefined, "aria-describedby": describedBy.join(" ") };
}
