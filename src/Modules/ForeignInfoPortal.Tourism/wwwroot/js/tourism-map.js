// The tourism map: a Leaflet map of the points in the list below it. The list is the page; the map only adds to it.
// Nothing is drawn without Leaflet or without points, and when the tile server fails a note says so while the
// markers and the list keep working.
(function () {
  "use strict";

  var section = document.querySelector("[data-tourism-map]");
  var list = document.querySelector("[data-tourism-list]");
  if (!section || !list || typeof window.L === "undefined") { return; }

  var points = Array.prototype.filter.call(list.querySelectorAll("li[data-lat]"), function (item) {
    return item.getAttribute("data-lat") !== "" && item.getAttribute("data-lng") !== "";
  });
  if (points.length === 0) { return; }

  function escape(text) {
    var span = document.createElement("span");
    span.textContent = text || "";
    return span.innerHTML;
  }

  section.hidden = false;
  var canvas = section.querySelector("[data-tourism-map-canvas]");
  var map = L.map(canvas, { scrollWheelZoom: false });
  // Leaflet's own credit without the flag it adds by default: a state portal shows no symbol it did not choose.
  map.attributionControl.setPrefix("<a href=\"https://leafletjs.com\">Leaflet</a>");
  var tiles = L.tileLayer(section.getAttribute("data-tile-url"), {
    maxZoom: parseInt(section.getAttribute("data-max-zoom"), 10) || 18,
    // Leaflet writes the attribution as HTML: the setting is plain text.
    attribution: escape(section.getAttribute("data-tile-attribution"))
  });
  var note = section.querySelector("[data-tourism-map-error]");
  tiles.on("tileerror", function () { if (note) { note.hidden = false; } });
  tiles.addTo(map);

  var bounds = [];
  points.forEach(function (item) {
    var latLng = [parseFloat(item.getAttribute("data-lat")), parseFloat(item.getAttribute("data-lng"))];
    bounds.push(latLng);
    L.circleMarker(latLng, { radius: 8, color: "#7f1515", weight: 2, fillColor: "#b91c1c", fillOpacity: 0.85 })
      .bindPopup("<strong><a href=\"" + escape(item.getAttribute("data-url")) + "\">" + escape(item.getAttribute("data-title")) +
        "</a></strong><br>" + escape(item.getAttribute("data-kind")))
      .addTo(map);
  });
  if (bounds.length === 1) {
    map.setView(bounds[0], 14);
  } else {
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  }
})();
