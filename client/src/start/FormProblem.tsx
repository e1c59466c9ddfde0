/** What went wrong with a form, read out at once; nothing when all is well. */
export function FormProblem({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p id={id} role="alert" className="error">
      {text}
    </p>
  );
}
