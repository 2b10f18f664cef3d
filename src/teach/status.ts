/** The page's one polite live region: what just happened, for screen readers. */
export function announce(text: string): void {
  const region = document.getElementById('tt-status');
  if (!region) return;
  // Cleared first so the same words said twice are read twice.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}
