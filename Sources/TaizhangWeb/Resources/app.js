// Taizhang — the one script. Every page works without it; it only adds: confirm dialogs,
// the unit switcher submitting on change, live countdowns, and the summary's number-source popover.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var lang = (document.body && document.body.getAttribute("data-lang")) || "zh";
  var zh = lang === "zh";

  // Confirm dialogs: a submit button (or form) with data-confirm asks first.
  document.addEventListener("submit", function (e) {
    var button = e.submitter;
    var message = (button && button.getAttribute("data-confirm")) || e.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) e.preventDefault();
  });

  // The unit switcher submits as soon as a unit is chosen.
  document.addEventListener("change", function (e) {
    if (e.target.matches && e.target.matches("select[data-autosubmit]") && e.target.form) {
      if (e.target.form.requestSubmit) e.target.form.requestSubmit(); else e.target.form.submit();
    }
  });

  // Countdowns: recomputed from data-due against today in Beijing time, so a page left open stays right.
  function beijingToday() {
    var now = new Date(Date.now() + 8 * 3600 * 1000);
    return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }
  function countdownText(days) {
    if (days === 0) return zh ? "今天截止" : "Due today";
    if (days > 0) return zh ? "还剩" + days + "天" : days + (days === 1 ? " day left" : " days left");
    return zh ? "已逾期" + -days + "天" : -days + (days === -1 ? " day overdue" : " days overdue");
  }
  function refreshCountdowns() {
    var today = beijingToday();
    document.querySelectorAll(".tz-countdown[data-due]").forEach(function (el) {
      var p = el.getAttribute("data-due").split("-");
      var days = Math.round((Date.UTC(+p[0], +p[1] - 1, +p[2]) - today) / 86400000);
      el.textContent = countdownText(days);
      el.className = "tz-countdown tz-countdown-" + (days < 0 ? "overdue" : days <= 3 ? "soon" : "later");
    });
  }
  refreshCountdowns();
  setInterval(refreshCountdowns, 60 * 1000);

  // The entry form shows the value groups of the chosen category; the others fold under
  // 其他指标. A group with a value typed in it never folds away.
  document.querySelectorAll("fieldset[data-values]").forEach(function (box) {
    var form = box.form || box.closest("form");
    var category = form && form.querySelector("select[name=category]");
    var main = box.querySelector(".tz-values-main"), more = box.querySelector(".tz-values-more");
    if (!category || !main || !more) return;
    var groups = Array.prototype.slice.call(box.querySelectorAll(".tz-values-main > .tz-value-group, .tz-values-more > .tz-value-group"));
    function arrange() {
      groups.forEach(function (g) {
        var typed = Array.prototype.some.call(g.querySelectorAll("input"), function (i) { return i.value.trim() !== ""; });
        var fits = (" " + g.getAttribute("data-cats") + " ").indexOf(" " + category.value + " ") >= 0;
        (fits || typed ? main : more).appendChild(g);
      });
      more.parentNode.hidden = !more.children.length;
    }
    category.addEventListener("change", arrange);
  });

  // A wide heatmap opens on the period due now, not on January (phones show a few columns).
  document.querySelectorAll(".tz-heatmap-wrap").forEach(function (wrap) {
    var current = wrap.querySelector("th[data-current]");
    if (!current || wrap.scrollWidth <= wrap.clientWidth) return;
    var sticky = wrap.querySelector("th.tz-sticky");
    var right = current.offsetLeft + current.offsetWidth;
    if (right > wrap.scrollLeft + wrap.clientWidth) wrap.scrollLeft = right - wrap.clientWidth + 8;
    if (sticky && current.offsetLeft < wrap.scrollLeft + sticky.offsetWidth) wrap.scrollLeft = current.offsetLeft - sticky.offsetWidth;
  });

  // Number sources on the summary: click (or Enter on) a number to list the entries behind it.
  var popover = document.getElementById("tz-trace-popover");
  function hidePopover() { if (popover) popover.hidden = true; }
  // Where a source opens: ledger entries (this year's or last year's) in the ledger; others nowhere.
  function sourceURL(kind, id) {
    return (kind === "entry" || kind === "last_year" || kind === "lastYear") ? "/ledger/" + encodeURIComponent(id) : null;
  }
  // 2024-06-12 → 2024年6月12日 / 12 June 2024, as the pages write dates.
  var monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return iso;
    return zh ? +m[1] + "年" + +m[2] + "月" + +m[3] + "日" : +m[3] + " " + monthsEn[+m[2] - 1] + " " + m[1];
  }
  // The API's sources ({kind, id, label, hidden, date, unit_name, values}) as popover lines.
  function apiSources(list) {
    return list.map(function (s) {
      if (s.hidden) return { label: zh ? "（无权查看的单位的数据）" : "(data of a unit you cannot see)", url: null };
      var when = [dateText(s.date), s.unit_name].filter(Boolean).join(zh ? "，" : ", ");
      var values = (s.values || []).map(function (v) { return v.name + v.value + (v.qualifier || "") + v.measure_word; }).join(zh ? "、" : ", ");
      var label = s.label + (when ? (zh ? "（" + when + "）" : " (" + when + ")") : "") + (values ? " " + values : "");
      return { label: label, url: sourceURL(s.kind, s.id) };
    });
  }
  function fallbackSources(span) {
    return (span.getAttribute("data-trace") || "").split(" ").filter(Boolean).map(function (token) {
      var i = token.indexOf(":"), kind = token.slice(0, i), id = decodeURIComponent(token.slice(i + 1));
      return { label: token, url: sourceURL(kind, id) };
    });
  }
  function showSources(span, title, sources) {
    popover.textContent = "";
    var head = document.createElement("strong");
    head.textContent = title;
    popover.appendChild(head);
    var list = document.createElement("ul");
    if (!sources.length) {
      var none = document.createElement("li");
      none.textContent = zh ? "没有来源记录" : "No sources recorded";
      list.appendChild(none);
    }
    sources.forEach(function (s) {
      var li = document.createElement("li");
      var node = document.createElement(s.url ? "a" : "span");
      if (s.url && s.url.charAt(0) === "/") node.href = s.url;
      node.textContent = s.label;
      li.appendChild(node);
      list.appendChild(li);
    });
    popover.appendChild(list);
    var r = span.getBoundingClientRect();
    popover.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 350)) + "px";
    popover.style.top = window.scrollY + r.bottom + 6 + "px";
    popover.hidden = false;
    // A long list below a number low on the screen ran off its bottom: open it above instead
    // when there is more room there.
    var h = popover.offsetHeight, below = window.innerHeight - r.bottom;
    if (h + 6 > below && r.top > below) popover.style.top = window.scrollY + Math.max(8, r.top - h - 6) + "px";
  }
  function openNumber(span) {
    var box = span.closest("[data-numbers-url]");
    if (!box || !popover) return;
    var n = span.getAttribute("data-n");
    if (n === null) n = Array.prototype.indexOf.call(box.querySelectorAll(".tz-num"), span);
    var title = (zh ? "数字来源：" : "Sources of ") + span.textContent;
    showSources(span, title, fallbackSources(span));
    var url = box.getAttribute("data-numbers-url") + "/" + n + "?version=" + encodeURIComponent(box.getAttribute("data-version") || "");
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (data && data.sources) showSources(span, (zh ? "数字来源：" : "Sources of ") + ((data.number && data.number.text) || span.textContent), apiSources(data.sources));
      })
      .catch(function () { /* keep the tokens already shown */ });
  }
  document.addEventListener("click", function (e) {
    var span = e.target.closest && e.target.closest(".tz-num");
    if (span) { e.preventDefault(); openNumber(span); return; }
    if (popover && !popover.hidden && !popover.contains(e.target)) hidePopover();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hidePopover();
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("tz-num")) openNumber(e.target);
  });
})();
