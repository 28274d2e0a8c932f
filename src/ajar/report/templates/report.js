(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = {critical: "#b3001b", high: "#e4572e", medium: "#f0a202", low: "#2e86ab", info: "#6c757d"};
  function el(name, attrs, text) {
    var n = document.createElementNS(NS, name);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) n.setAttribute(k, String(attrs[k]));
    }
    if (text !== undefined) n.textContent = String(text);
    return n;
  }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function svgIn(id, w, h, label) {
    var host = document.getElementById(id);
    var svg = el("svg", {width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img",
                         "aria-label": label});
    host.appendChild(svg);
    return svg;
  }
  function severityChart(data) {
    var sev = data.severities, max = 1, i;
    for (i = 0; i < sev.length; i++) max = Math.max(max, data.severity_counts[sev[i]]);
    var svg = svgIn("chart-severity", 420, 30 * sev.length + 10, "services per severity");
    for (i = 0; i < sev.length; i++) {
      var n = data.severity_counts[sev[i]], y = 8 + i * 30, w = Math.round(300 * n / max);
      svg.appendChild(el("text", {x: 0, y: y + 15}, sev[i]));
      svg.appendChild(el("rect", {"class": "bar", x: 70, y: y, width: Math.max(w, 1), height: 20,
                                  fill: COLORS[sev[i]]}));
      svg.appendChild(el("text", {x: 76 + w, y: y + 15}, n));
    }
    svg.setAttribute("data-rendered", "1");
  }
  function serviceChart(data) {
    var cats = data.categories, svcs = data.services, i, j;
    if (!svcs.length || !cats.length) { document.getElementById("chart-services").textContent =
      "No personal data found in any service."; return; }
    var left = 170, col = 26, top = 150;
    var svg = svgIn("chart-services", left + col * cats.length + 120, top + 24 * svcs.length + 10,
                    "categories exposed per service");
    for (j = 0; j < cats.length; j++) {
      var tx = left + j * col + 14;
      svg.appendChild(el("text", {x: tx, y: top - 6, transform: "rotate(-55 " + tx + " " + (top - 6) + ")"},
                         cats[j].id));
    }
    for (i = 0; i < svcs.length; i++) {
      var s = svcs[i], y = top + i * 24;
      svg.appendChild(el("text", {x: 0, y: y + 15}, clip(s.label, 26)));
      for (j = 0; j < cats.length; j++) {
        var n = s.categories[cats[j].id] || 0;
        var r = el("rect", {"class": "cell", x: left + j * col, y: y, width: col - 3, height: 20, rx: 3,
          fill: n ? (cats[j].sensitive ? COLORS.critical : COLORS.high) : "#eee",
          "fill-opacity": n ? 0.9 : 1});
        r.appendChild(el("title", {}, s.label + " \u2013 " + cats[j].id + ": " + n + " dataset(s)"));
        svg.appendChild(r);
        if (n) svg.appendChild(el("text", {x: left + j * col + 8, y: y + 14, fill: "#fff"}, n));
      }
    }
    svg.setAttribute("data-rendered", "1");
  }
  function datasetChart(data) {
    var cats = data.categories, ds = data.datasets, i, j;
    if (!ds.length || !cats.length) { document.getElementById("chart-datasets").textContent =
      "No dataset with personal data."; return; }
    var left = 260, col = 26, top = 150;
    var svg = svgIn("chart-datasets", left + col * cats.length + 120, top + 20 * ds.length + 10,
                    "categories exposed per dataset");
    for (j = 0; j < cats.length; j++) {
      var tx = left + j * col + 14;
      svg.appendChild(el("text", {x: tx, y: top - 6, transform: "rotate(-55 " + tx + " " + (top - 6) + ")"},
                         cats[j].id));
    }
    for (i = 0; i < ds.length; i++) {
      var d = ds[i], y = top + i * 20, have = {};
      for (j = 0; j < d.categories.length; j++) have[d.categories[j]] = true;
      svg.appendChild(el("text", {x: 0, y: y + 13}, clip(d.service + " " + d.name, 40)));
      for (j = 0; j < cats.length; j++) {
        var on = !!have[cats[j].id];
        var r = el("rect", {"class": "cell", x: left + j * col, y: y, width: col - 3, height: 16, rx: 2,
          fill: on ? (cats[j].sensitive ? COLORS.critical : COLORS.high) : "#eee"});
        r.appendChild(el("title", {}, d.name + " \u2013 " + cats[j].id + (on ? ": exposed" : ": not found")));
        svg.appendChild(r);
      }
    }
    svg.setAttribute("data-rendered", "1");
  }
  function filters() {
    var buttons = document.querySelectorAll(".filters button");
    function apply(sev) {
      var svcs = document.querySelectorAll("details.service"), i;
      for (i = 0; i < buttons.length; i++) {
        buttons[i].className = buttons[i].getAttribute("data-sev") === sev ? "on" : "";
      }
      for (i = 0; i < svcs.length; i++) {
        var show = sev === "all" || svcs[i].getAttribute("data-severity") === sev;
        svcs[i].style.display = show ? "" : "none";
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (ev) {
        apply(ev.currentTarget.getAttribute("data-sev"));
      });
    }
  }
  try {
    var data = JSON.parse(document.getElementById("ajar-data").textContent);
    severityChart(data);
    serviceChart(data);
    datasetChart(data);
    filters();
    document.body.setAttribute("data-charts-ready", "1");
  } catch (err) {
    document.body.setAttribute("data-charts-ready", "error");
    console.error("ajar report: charts failed: " + err);
  }
})();
