// What a form says back, next to it, and the wiring of the field it concerns (described by it, and
// marked invalid while it reports an error).

const TONE = { error: "text-red-700 dark:text-red-400", done: "text-green-800 dark:text-green-400" };

interface FeedbackProps {
  id?: string;
  message?: string;
  /** Size and layout; the colour follows from the kind of message. */
  className?: string;
  /**
   * How a screen reader learns of the message. "polite" (a form answered in place): a live region,
   * always in the page and empty until there is something to say, since only changes to a region
   * the reader already knows are read out. "alert": role=alert for an error (read out at once) and
   * role=status otherwise, for a message that arrives with a new page or as a new element.
   */
  announce?: "polite" | "alert";
}

/** A form's outcome: what went wrong in red, what happened (a confirmation) in green. */
export function FormStatus({
  id,
  message,
  isError,
  className,
  announce = "polite",
}: FeedbackProps & { isError: boolean }) {
  const tone = isError ? TONE.error : TONE.done;
  const live = announce === "polite" ? { "aria-live": "polite" as const } : { role: isError ? "alert" : "status" };
  return (
    <p id={id} {...live} className={className ? `${className} ${tone}` : tone}>
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
