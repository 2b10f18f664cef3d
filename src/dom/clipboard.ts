/** Copies text, through the Clipboard API where the page may, else through a selected field (the teacher's link, a student's result code). */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    // The old way still works where the Clipboard API is refused (an http page, an old policy).
    return document.execCommand('copy');
  }
}
