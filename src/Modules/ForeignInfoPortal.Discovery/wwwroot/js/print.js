// "In / Lưu PDF": the browser's own print dialog, where "Save as PDF" is one of the printers. The button stays
// hidden without scripts, since it could do nothing.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
