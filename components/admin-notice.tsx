/** What the last admin action did, or why it failed: read out when the page comes back to it. */
export function AdminNotice({ id, done, error }: { id: string; done?: string; error?: string }) {
  return (
    <p
      id={id}
      role={error ? "alert" : "status"}
      className={error ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}
    >
      {error ?? done ?? ""}
    </p>
  );
}
