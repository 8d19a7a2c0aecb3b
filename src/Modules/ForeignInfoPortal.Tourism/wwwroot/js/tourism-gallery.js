// The detail page's gallery: each thumbnail is a link to the original picture; with script it opens a dialog instead,
// where the arrow keys (and the buttons) move between pictures and Esc (or "Đóng") closes and returns focus.
(function () {
  "use strict";

  document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
    var dialog = gallery.querySelector("[data-gallery-dialog]");
    if (!dialog || typeof dialog.showModal !== "function") { return; }
    var links = Array.prototype.slice.call(gallery.querySelectorAll(".gallery-open"));
    var stage = dialog.querySelector("[data-gallery-stage]");
    var caption = dialog.querySelector("[data-gallery-caption]");
    var position = dialog.querySelector("[data-gallery-position]");
    var current = 0;
    var opener = null;

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var shown = link.querySelector("picture, img");
      if (!shown) { return; }
      var picture = shown.cloneNode(true);
      // The thumbnail waits to be scrolled to; in the dialog the picture is wanted now, at full width.
      picture.querySelectorAll("img").forEach(function (img) { img.loading = "eager"; });
      if (picture.tagName === "IMG") { picture.loading = "eager"; }
      picture.querySelectorAll("source, img").forEach(function (el) { if (el.hasAttribute("sizes")) { el.setAttribute("sizes", "100vw"); } });
      stage.replaceChildren(picture);
      var figcaption = link.closest("figure").querySelector("figcaption");
      caption.textContent = figcaption ? figcaption.textContent : "";
      // The page gives the words in its language ("Ảnh {0}/{1}", "Picture {0} of {1}").
      position.textContent = (dialog.dataset.positionLabel || "Ảnh {0}/{1}").replace("{0}", current + 1).replace("{1}", links.length);
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        opener = link;
        show(index);
        dialog.showModal();
        dialog.querySelector("[data-gallery-next]").focus();
      });
    });

    dialog.querySelector("[data-gallery-prev]").addEventListener("click", function () { show(current - 1); });
    dialog.querySelector("[data-gallery-next]").addEventListener("click", function () { show(current + 1); });
    dialog.querySelector("[data-gallery-close]").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
      if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
    });
    dialog.addEventListener("close", function () {
      stage.replaceChildren();
      if (opener) { opener.focus(); }
    });
  });
})();
