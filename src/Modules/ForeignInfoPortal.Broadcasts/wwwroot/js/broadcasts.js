// Labelled buttons for the broadcast player: play/pause and 10-second jumps, usable with Tab and Enter/Space.
// The native controls stay; these add large targets with Vietnamese names for keyboard and screen-reader users.
(function () {
  "use strict";

  function format(seconds) {
    if (!isFinite(seconds)) { return ""; }
    var s = Math.floor(seconds);
    var m = Math.floor(s / 60);
    return m + ":" + String(s % 60).padStart(2, "0");
  }

  document.querySelectorAll("[data-player-for]").forEach(function (group) {
    var media = document.getElementById(group.getAttribute("data-player-for"));
    if (!media) { return; }
    var toggle = group.querySelector("[data-player-toggle]");
    var time = group.querySelector("[data-player-time]");

    function update() {
      var playing = !media.paused && !media.ended;
      // The page gives the labels in its language (data-pause-label, data-play-label).
      toggle.textContent = playing ? (toggle.dataset.pauseLabel || "Tạm dừng") : (toggle.dataset.playLabel || "Phát");
      toggle.setAttribute("aria-pressed", playing ? "true" : "false");
      if (time) {
        time.textContent = format(media.currentTime) + (isFinite(media.duration) ? " / " + format(media.duration) : "");
      }
    }

    toggle.addEventListener("click", function () {
      if (media.paused || media.ended) { media.play(); } else { media.pause(); }
    });
    group.querySelectorAll("[data-player-seek]").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = Number(button.getAttribute("data-player-seek"));
        var end = isFinite(media.duration) ? media.duration : media.currentTime + step;
        media.currentTime = Math.min(Math.max(0, media.currentTime + step), end);
      });
    });
    ["play", "pause", "ended", "timeupdate", "loadedmetadata"].forEach(function (name) {
      media.addEventListener(name, update);
    });
    group.hidden = false;
    update();
  });
})();
