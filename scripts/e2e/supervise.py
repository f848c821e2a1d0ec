"""The supervisor's screens (issue #16 P4, P5, P9, P11): the matrix at 1280 px and on a phone,
a rolled-up summary whose figures open a community's entry (for the supervisor and for the
street's own staff), the submissions list by urgency with its filters."""
import os
import re
import zipfile

from walk import (DESKTOP, MONTH, OUT, PHONE, TODAY, By, Select, rect, select_option, step, wait_for, wait_for_download)


def matrix(w):
    step("P5 matrix: the unit column stays, the rates are in view at 1280 px, a phone opens on the period due now")
    w.login("wenlvju.supervisor")
    w.go(f"/matrix?plan=1&from={MONTH}&to={MONTH}")
    row = w.d.find_element(By.XPATH, "//table[contains(@class,'tz-heatmap')]//tr[th//a[normalize-space()='城关街道']]")
    cell = row.find_element(By.CSS_SELECTOR, "td.tz-cell")
    assert "tz-cell-on_time" in cell.get_attribute("class"), cell.get_attribute("outerHTML")
    w.go("/matrix?plan=1")
    rates = w.d.find_elements(By.CSS_SELECTOR, ".tz-heatmap thead th.tz-rate")
    width = w.d.execute_script("return window.innerWidth")
    assert rates and all(rect(w.d, r)["right"] <= width for r in rates), "报送率/及时率 in view at 1280 px"
    wrap = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap-wrap")
    unit = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap tbody th.tz-sticky")
    left = rect(w.d, unit)["left"]
    w.d.execute_script("arguments[0].scrollLeft = 400", wrap)
    assert abs(rect(w.d, unit)["left"] - left) < 2, "the unit column stays when the periods scroll"
    remind = w.d.find_element(By.CSS_SELECTOR, "#remind select[name=period]")
    due = Select(remind).first_selected_option.get_attribute("value")
    assert due >= f"{TODAY.year - 1}", f"催报 defaults to the period due now, not an old one: {due}"
    w.shot("zh", "matrix")
    w.resize(PHONE)
    w.go("/matrix?plan=1")
    current = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap th[data-current]")
    wrap = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap-wrap")
    box, col = rect(w.d, wrap), rect(w.d, current)
    assert box["left"] <= col["left"] and col["right"] <= box["left"] + wrap.size["width"] + 1, "the period due now is in view on a phone"
    w.shot("phone", "matrix", full=False)
    w.resize(DESKTOP)


def ymd(chinese_date):
    """(2026, 12, 5) from 2026年12月5日."""
    return tuple(int(x) for x in re.findall(r"\d+", chinese_date)[:3])


def summary_sources(w, downloads):
    step("P4 a rolled-up summary's figure opens a community's entry read-only (supervisor, then the street's staff); dates in Chinese")
    w.login("wenlvju.supervisor")
    w.go("/summaries")
    gen = w.form("/summaries")
    select_option(gen.find_element(By.NAME, "unit_id"), lambda v, t: t.strip().endswith("城关街道"), "城关街道")
    select_option(gen.find_element(By.NAME, "period"), lambda v, t: v == f"{TODAY.year}H1", f"{TODAY.year}H1")
    select_option(gen.find_element(By.NAME, "scope"), lambda v, t: v == "subtree", "subtree")
    w.submit_in(gen)
    assert "/summaries/" in w.path() and "城关街道" in w.text(), w.text()[:500]
    summary = w.path()
    w.shot("zh", "summary")
    pop = w.d.find_element(By.ID, "tz-trace-popover")
    child = None
    for number in w.d.find_elements(By.CSS_SELECTOR, ".tz-num:not(.tz-untraced)")[:40]:
        # The open popover may cover the next number: close it, then click by script.
        w.d.execute_script("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));"
                           "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", number)
        try:
            wait_for(w.d, lambda d: pop.is_displayed() and pop.find_elements(By.CSS_SELECTOR, "li"), "the sources popover", timeout=5)
            wait_for(w.d, lambda d: not re.search(r"\b(entry|last_year):\S", pop.text), "the sources from the API", timeout=5)
        except AssertionError:
            continue
        # "title（date，unit）": a source whose unit is a community or village.
        links = [a for a in pop.find_elements(By.CSS_SELECTOR, "a[href^='/ledger/']") if re.search(r"，[^，（）]+(社区|村)）", a.text)]
        if links:
            child = links[0]
            break
    assert child is not None, "a figure of the roll-up draws on a community's entry"
    assert not re.search(r"\d{4}-\d{2}-\d{2}", pop.text), f"dates in Chinese, not ISO: {pop.text[:200]}"
    w.check_console()
    w.d.save_screenshot(os.path.join(OUT, "zh", "summary-number-sources.png"))
    href = child.get_attribute("href").split("://", 1)[1].split("/", 1)[1]
    entry = "/" + href
    w.click(child)
    assert re.fullmatch(r"/ledger/\d+", w.path()) and "无权" not in w.text(), w.text()[:300]
    unit = w.d.find_element(By.CSS_SELECTOR, ".tz-facts dd").text
    assert unit.endswith("社区") or unit.endswith("村"), f"the entry is a child unit's: {unit}"
    w.shot("zh", "entry-child-unit")
    w.go(summary)
    w.click(w.d.find_element(By.ID, "export-docx"), navigates=False)
    docx = wait_for_download(downloads)
    with zipfile.ZipFile(docx) as z:
        assert "城关街道" in z.read("word/document.xml").decode("utf-8")
    w.login("chengguan.staff")
    w.go(entry)
    assert "无权" not in w.text() and "出错" not in w.d.title, "the street's own staff traces the community's figure"
    return entry


def submissions_list(w):
    step("P9 /submissions: urgent first (the filer's too: history newest first), filters by unit, plan, period and status")
    w.login("chengguan.staff")
    w.go("/submissions")
    rows = w.d.find_elements(By.CSS_SELECTOR, "table.tz-submissions tbody tr")
    statuses = [r.find_element(By.CSS_SELECTOR, "td[data-label='状态']").text for r in rows]
    done = [i for i, s in enumerate(statuses) if s == "已采纳"]
    assert done and all(s != "已采纳" for s in statuses[:done[0]]) and all(s == "已采纳" for s in statuses[done[0]:]), \
        f"open reports before the accepted ones: {statuses}"
    due = [r.find_element(By.CSS_SELECTOR, "td[data-label='截止日期']").text for r in rows[done[0]:done[0] + 2]]
    assert len(due) < 2 or ymd(due[0]) >= ymd(due[1]), f"accepted reports newest first: {due}"
    w.shot("zh", "submissions-filer")
    w.login("wenlvju.supervisor")
    w.go("/submissions")
    for name in ["unit", "plan", "period", "status"]:
        assert w.d.find_elements(By.CSS_SELECTOR, f".tz-filters [name={name}]"), f"filter {name}"
    rows = w.d.find_elements(By.CSS_SELECTOR, "table.tz-submissions tbody tr")
    assert rows, "the list is not empty"
    statuses = [r.find_elements(By.CSS_SELECTOR, "td")[-1].text for r in rows]
    if "领导已审核" in statuses:
        assert statuses[0] == "领导已审核", f"what awaits the supervisor comes first: {statuses[:5]}"
    form = w.d.find_element(By.CSS_SELECTOR, "form.tz-filters")
    select_option(form.find_element(By.NAME, "unit"), lambda v, t: t == "东湖街道", "东湖街道")
    w.submit_in(form)
    units = {r.find_elements(By.CSS_SELECTOR, "td")[0].text for r in w.d.find_elements(By.CSS_SELECTOR, "table.tz-submissions tbody tr")}
    assert units <= {"东湖街道"}, units
    w.shot("zh", "submissions-supervisor")
