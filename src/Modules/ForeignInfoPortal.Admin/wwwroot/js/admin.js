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

  // Trix: files go through the media library, not into the text; refuse pasted or dropped files.
  document.addEventListener("trix-file-accept", function (event) {
    event.preventDefault();
  });
})();
