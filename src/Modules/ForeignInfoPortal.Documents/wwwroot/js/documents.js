// The print button needs script, so it stays hidden without it (the browser's own print still works).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
