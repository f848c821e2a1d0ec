#!/usr/bin/env python3
"""End-to-end test of the web app in a real headless Chromium (selenium + chromedriver).

    e2e.py BASE_URL OUT_DIR

The server at BASE_URL must hold the demo district (`taizhang serve` on an empty data
directory loads it). The walk, as the people in the offices would do it — each numbered
problem of issue #16 is a step (daily.py, supervise.py, admin.py):

  城关街道 staff adds an entry (45余, a photo) → starts this month's 工作动态（月报）, types the
  narrative and presses 报送 → the leader returns it with 审核意见 → the staff corrects the
  ledger, takes the new figures and submits again → the leader approves → the supervisor's
  home names who has not reported and one tap reminds them (the filer sees it) → a figure
  of the report opens its entries → the supervisor accepts → the matrix (1280 px, phone) →
  a rolled-up summary's figure opens a community's entry (.docx downloaded) → the
  submissions list by urgency → the admin creates a user who changes the password.

Then the problems again in English at phone width (phone_en.py: an entry, a report refused
empty, submitted, returned, corrected; the roll call and one tap; the matrix; a figure's and a
community's entry; imports to confirm; a new user's password), and every main page shot in
Chinese and in English, and at phone width.
Screenshots go to OUT_DIR/zh, OUT_DIR/en, OUT_DIR/phone, OUT_DIR/phone-en; the .docx to
OUT_DIR/download. Any failed step and any SEVERE entry in the browser's console (script error,
CSP violation, failed load; a 422 only where a step means to be refused) fails the run; the
walk first proves that check catches an error.
Then the service centre (service.py, SPEC §7): the supervision section's board, a 督办
answered by a window and closed, the ratings with the 约谈, the stars' circular, and the
hospital 院感科's half-year draft.
"""
import os
import re
import shutil

import admin
import daily
import phone_en
import service
import supervise
from walk import DESKTOP, OUT, PHONE, TODAY, By, Select, make_driver, step, steps, Walk


def checker(w):
    """A real summary from the fixtures, pasted: every finding is marked in the text."""
    step("staff checks a summary on the checker page")
    fixtures = os.environ.get("TAIZHANG_FIXTURES", os.path.join(os.path.dirname(__file__), "../../Tests/Fixtures"))
    seed = sorted(f for f in os.listdir(os.path.join(fixtures, "seeds")) if f.endswith(".txt"))[0]
    with open(os.path.join(fixtures, "seeds", seed), encoding="utf-8") as f:
        text = f.read()
    # A community's filer: its ledger has no period locked by an accepted report.
    w.login("xinhua.staff")
    w.go("/")
    trend = [e.get_attribute("points") for e in w.d.find_elements(By.CSS_SELECTOR, "#chart-trend polyline")]
    w.go("/check?lang=zh")
    area = w.d.find_element(By.NAME, "text")
    w.d.execute_script("arguments[0].value = arguments[1]", area, text)
    w.submit_in(w.form("/check"))
    marks = w.d.find_elements(By.CSS_SELECTOR, "mark.tz-find")
    findings = w.d.find_elements(By.CSS_SELECTOR, "ol.tz-findings > li")
    assert findings and len(marks) * 2 >= len(findings), f"{seed}: {len(findings)} findings, only {len(marks)} marked in the text"
    w.shot("zh", "checker-result")
    print(f"   {seed}: {len(findings)} findings, {len(marks)} marked in the text")
    imports(w, trend)


def imports(w, trend):
    """P7: an import shows its preview first; what it creates waits for confirmation, badged,
    and moves no chart until then."""
    step("P7 import: preview first; imported entries badged 待确认 and out of the charts until confirmed")
    forms = w.d.find_elements(By.CSS_SELECTOR, "form.tz-import-form")
    if not forms:
        print("   (no import offered for this document)")
        return
    assert w.d.find_elements(By.CSS_SELECTOR, ".tz-import-preview, table.tz-preview, .tz-card"), "a preview before importing"
    form = w.d.find_element(By.CSS_SELECTOR, "form.tz-import-form")
    # Last quarter: over (its entries are not in the future) and, for a community, which
    # reports to no plan, not locked by an accepted report.
    q = (TODAY.month - 1) // 3
    quarter = f"{TODAY.year}Q{q}" if q else f"{TODAY.year - 1}Q4"
    Select(form.find_element(By.NAME, "period")).select_by_value(quarter)
    w.submit_in(form)
    rows = w.d.find_elements(By.CSS_SELECTOR, "table.tz-ledger tbody tr")
    assert rows and all("待确认" in r.text for r in rows), "imported entries are badged 待确认"
    w.shot("zh", "ledger-imported")
    w.go("/")
    recent = w.d.find_element(By.ID, "recent").text
    assert "待确认" in recent, "the home page's recent entries show the badge"
    after = [e.get_attribute("points") for e in w.d.find_elements(By.CSS_SELECTOR, "#chart-trend polyline")]
    assert after == trend, "the monthly chart does not move for unconfirmed imports"


def polish(w, submission):
    """P11: the smaller things, each where the issue saw it."""
    step("P11 polish: right-aligned numbers, one number format, Chinese dates, full-width punctuation, a narrow 查看")
    w.login("wenlvju.supervisor")
    w.go(submission)
    cells = w.d.find_elements(By.CSS_SELECTOR, ".tz-values-table td.tz-num-cell")
    assert cells and all(c.value_of_css_property("text-align") in ("right", "end") for c in cells), "numbers right-aligned"
    spaced = [c.text for c in cells if re.search(r"\d [^\s\d—]", c.text)]
    assert not spaced, f"one number format (449册, never 449 册): {spaced}"
    w.go("/process/scores")
    button = w.d.find_element(By.CSS_SELECTOR, "form button[type=submit]")
    assert button.size["width"] < 160, f"the 查看 button is {button.size['width']} px wide"


# Half-width punctuation right after Chinese text (P11), on the interface of Chinese pages.
HALF_WIDTH = re.compile(r"[\u4e00-\u9fff][,;:?!]")


def pages(submission, entry, child_entry):
    return {
        "chengguan.staff": ["/", "/ledger", "/ledger/new", entry, child_entry, "/ledger/imported", "/submissions", submission,
                            "/check", "/account/password", "/process/group", "/process/liaison", "/process/funds",
                            "/process/inspections", "/process/scores", "/process/acceptance"],
        "chengguan.leader": ["/", submission],
        "wenlvju.supervisor": ["/", "/matrix", "/rankings", "/submissions", submission, "/summaries", "/process/circulars",
                               "/process/scores"],
        "admin": ["/"] + admin.PAGES,
    } | service.PAGES


# Chinese text that must not remain on an English page: the shipped plans' names (a summary's own
# Chinese title, 上半年工作总结, is the document's, not interface text).
CHINESE_PLAN = re.compile("工作动态（月报）|示范区工作动态|示范项目工作动态")


def tour(w, submission, entry, child_entry):
    """Every main page in both languages: a page that fails to render fails the run."""
    for lang in ["zh", "en"]:
        step(f"tour in {lang}")
        for user, paths in pages(submission, entry, child_entry).items():
            w.login(user)
            w.go(f"/?lang={lang}")
            for path in paths:
                w.go(path)
                assert "/login" not in w.d.current_url, path
                title = w.d.title
                assert "出错" not in title and "Error" not in title, f"{user} {path}: {title} {w.text()[:300]}"
                page_lang = w.d.execute_script("return document.documentElement.lang")
                assert page_lang.startswith(lang), f"{path} is in {page_lang}, not {lang}"
                # The process pages quote adopted articles and process records by their Chinese
                # titles (data, not interface); elsewhere a shipped plan's name must be English.
                if lang == "en" and not path.startswith("/process"):
                    left = CHINESE_PLAN.search(w.text())
                    assert not left, f"{path}: a plan name left in Chinese: {left.group(0)}"
                iso = phone_en.ISO_DATE.search(w.text())
                assert not iso, f"{path}: an ISO date on a {lang} page: {iso.group(0)}"
                if lang == "zh":
                    half = HALF_WIDTH.search(w.text())
                    assert not half, f"{path}: half-width punctuation in Chinese: {half.group(0)}"
                w.shot(lang, (user.split(".")[-1] + path.replace("/", "-")).rstrip("-"))
    step("phone width: no sideways scroll; cards labelled; the photo field first")
    w.resize(PHONE)
    for user, paths in [("chengguan.staff", ["/", "/ledger", "/ledger/new", entry, "/submissions", submission]),
                        ("wenlvju.supervisor", ["/", "/submissions", submission]), ("admin", ["/"] + admin.PAGES[:2])]:
        w.login(user)
        w.go("/?lang=zh")
        for path in paths:
            w.go(path)
            w.shot("phone", user.split(".")[-1] + (path.replace("/", "-").rstrip("-") or "-home"))
            assert w.no_sideways_scroll(), f"{path} scrolls sideways at phone width"
            if path == "/ledger/new":
                photo = w.d.find_element(By.NAME, "evidence").rect["y"]
                assert photo < w.d.find_element(By.NAME, "title").rect["y"], "the photo comes first on a phone"
            if path in ("/ledger", "/submissions"):
                label = w.d.execute_script("const td = document.querySelector('table tbody td[data-label]');"
                                           "return td ? getComputedStyle(td, '::before').content : ''")
                assert "：" in label, f"{path}: phone cards say what each value is ({label})"
    w.resize(DESKTOP)


def main():
    downloads = os.path.join(OUT, "download")
    # A reused output directory holds the last run's files under the same names: Chromium
    # then overwrites them and a step waiting for a new file never sees one.
    shutil.rmtree(downloads, ignore_errors=True)
    os.makedirs(downloads, exist_ok=True)
    d = make_driver(downloads)
    w = Walk(d)
    try:
        step("the console check catches an uncaught error and a console.error")
        w.probe_console()
        entry = daily.add_entry(w)
        submission = daily.submit_with_narrative(w)
        daily.leader_returns(w, submission)
        daily.filer_corrects_and_resubmits(w, submission, entry)
        daily.supervisor_roll_call(w)
        daily.figures_open_their_entries(w, submission)
        supervise.matrix(w)
        child_entry = supervise.summary_sources(w, downloads)
        supervise.submissions_list(w)
        admin.user_and_password(w)
        checker(w)
        service.walk(w, downloads)
        polish(w, submission)
        phone_en.walk(w, child_entry)
        tour(w, submission, entry, child_entry)
        w.check_console()
    except Exception:
        os.makedirs(os.path.join(OUT, "failure"), exist_ok=True)
        d.save_screenshot(os.path.join(OUT, "failure", "page.png"))
        with open(os.path.join(OUT, "failure", "page.html"), "w") as f:
            f.write(d.page_source)
        print(f"FAILED at step: {steps[-1] if steps else '-'} ({d.current_url})", flush=True)
        raise
    finally:
        d.quit()
    print(f"e2e passed: {len(steps)} steps, {w.shots} screenshots in {OUT}")


if __name__ == "__main__":
    main()
