// The reader's display settings: font size (A−, A, A+) and high contrast, remembered in localStorage. The layout's
// <head> applies a stored choice before the first paint; this file shows the switches and keeps them in step.
const root = document.documentElement;
const fontSizeKey = "portal.fontSize";
const contrastKey = "portal.contrast";

function remember(key, value) {
  try {
    if (value) {
      localStorage.setItem(key, value);
    } else {
      localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked (private mode, policy): the choice lasts for this page only.
  }
}

function setAttribute(name, value) {
  if (value) {
    root.setAttribute(name, value);
  } else {
    root.removeAttribute(name);
  }
}

function showState() {
  const size = root.getAttribute("data-font-size") ?? "";
  for (const button of document.querySelectorAll("[data-font-size-choice]")) {
    button.setAttribute("aria-pressed", String(button.dataset.fontSizeChoice === size));
  }

  const high = root.getAttribute("data-contrast") === "high";
  for (const button of document.querySelectorAll("[data-contrast-toggle]")) {
    button.setAttribute("aria-pressed", String(high));
  }
}

for (const button of document.querySelectorAll("[data-font-size-choice]")) {
  button.addEventListener("click", () => {
    const size = button.dataset.fontSizeChoice;
    setAttribute("data-font-size", size);
    remember(fontSizeKey, size);
    showState();
  });
}

for (const button of document.querySelectorAll("[data-contrast-toggle]")) {
  button.addEventListener("click", () => {
    const contrast = root.getAttribute("data-contrast") === "high" ? "" : "high";
    setAttribute("data-contrast", contrast);
    remember(contrastKey, contrast);
    showState();
  });
}

for (const tools of document.querySelectorAll("[data-display-settings]")) {
  tools.hidden = false;
}

showState();
