/** A form field's validation messages, tied to the input with `aria-describedby={id}`. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  ) : null;
}
