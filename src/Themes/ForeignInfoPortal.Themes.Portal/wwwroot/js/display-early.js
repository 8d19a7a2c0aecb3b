// The reader's stored font size and contrast, applied before the first paint so the page never flashes the default
// (display-settings.js offers the switches). Loaded without defer in <head> on purpose: it must run before the body is
// drawn, and as a file rather than inline so that the Content-Security-Policy allows no inline script at all.
// Only known values are taken from storage.
(function () {
    try {
        var root = document.documentElement;
        var size = window.localStorage.getItem("portal.fontSize");
        var contrast = window.localStorage.getItem("portal.contrast");
        if (size === "small" || size === "large") { root.setAttribute("data-font-size", size); }
        if (contrast === "high") { root.setAttribute("data-contrast", contrast); }
    } catch (e) {
        // Storage blocked: the defaults stay.
    }
})();
