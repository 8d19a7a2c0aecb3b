// Small enhancements of the admin; every page works without them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Narrow screens: the menu folds behind a button.
  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".admin-header__menu-toggle");
    var menu = document.getElementById("admin-menu");
    if (!toggle || !menu) {
      return;
    }
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = menu.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });

  // A secret shown once (a generated password, a new API token) is selected on focus, ready to copy. Here rather than
  // in an onfocus attribute: the Content-Security-Policy runs no inline handler.
  document.addEventListener("focusin", function (event) {
    if (event.target instanceof HTMLInputElement && event.target.hasAttribute("data-select-on-focus")) {
      event.target.select();
    }
  });

  // Trix: files go through the media library, not into the text; refuse pasted or dropped files.
  document.addEventListener("trix-file-accept", function (event) {
    event.preventDefault();
  });
})();
