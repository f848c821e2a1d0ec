"""Issue #16's problems again in English at phone width (390 px), with real clicks: the steps
in daily.py / supervise.py / admin.py run in Chinese at 1280 px for 城关街道; here each problem
is done once more as an English-speaking user on a phone would, for another street (东湖街道:
城关街道's month is locked once its report is accepted), on its monthly report.

Every page visited is checked for what P11 asked: no shipped plan name left in Chinese, no
ISO date, no sideways scroll, cards that say what each value is."""
import os
import re

import admin
from daily import png
from walk import MONTH, OUT, PHONE, DESKTOP, TODAY, By, rect, select_option, step, wait_for

TITLE = "E2E phone: reading club"
NARRATIVE = "E2E phone narrative: a reading club at the culture station."
COMMENT = "Please add the sign-in sheet."
PLAN = "Monthly work update"
STAFF, LEADER = "donghu.staff", "donghu.leader"
MONTH_EN = TODAY.strftime("%B %Y")
CHINESE_PLAN = re.compile("工作动态（月报）|示范区工作动态|示范项目工作动态")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def enter(w, user, password=None):
    w.login(user, *([password] if password else []))
    w.go("/?lang=en")


def visit(w, path, name):
    """Opens `path`, checks the English phone page, shoots it."""
    w.go(path)
    assert w.d.execute_script("return document.documentElement.lang").startswith("en"), path
    text = w.text()
    left = CHINESE_PLAN.search(text)
    assert not left, f"{path}: a plan name left in Chinese: {left.group(0)}"
    assert not ISO_DATE.search(text), f"{path}: an ISO date on an English page: {ISO_DATE.search(text).group(0)}"
    assert w.no_sideways_scroll(), f"{path} scrolls sideways at phone width"
    labels = w.d.execute_script("return [...document.querySelectorAll('table tbody td[data-label]:not([data-label=\"\"])')]"
                                ".slice(0, 3).map(td => getComputedStyle(td, '::before').content)")
    assert all(l.endswith(': "') for l in labels), f"{path}: phone cards say what each value is ({labels})"
    w.shot("phone-en", name)


def entry(w):
    step("P8 (English, phone) the photo comes first; 300余 typed; the entry lands on top with 📎 and opens read-only")
    enter(w, STAFF)
    visit(w, "/ledger/new", "ledger-new")
    assert w.d.find_element(By.NAME, "evidence").rect["y"] < w.d.find_element(By.NAME, "title").rect["y"], "the photo first"
    select_option(w.d.find_element(By.NAME, "category"), lambda v, t: v == "activity", "activity")
    w.d.find_element(By.NAME, "evidence").send_keys(png(os.path.join(OUT, "evidence-phone.png")))
    w.fill("title", TITLE)
    w.d.execute_script("arguments[0].value = arguments[1]", w.d.find_element(By.NAME, "date"), TODAY.isoformat())
    w.fill("v.audience", "300余")
    w.submit_in(w.form("/ledger"))
    first = w.d.find_element(By.CSS_SELECTOR, "table.tz-ledger tbody tr")
    assert TITLE in first.text and "📎" in first.text, first.text
    assert "Audience 300+" in first.text, f"300余 is 300+ in English: {first.text}"
    w.click(first.find_element(By.PARTIAL_LINK_TEXT, "E2E phone"))
    path = w.path()
    assert re.fullmatch(r"/ledger/\d+", path), path
    visit(w, path, "entry")
    return path


def report(w, entry_path):
    step("P1/P6/P2 (English, phone) an empty narrative is refused; typed and Submit pressed, it is stored; "
         "the leader returns it; the filer sees why and takes the corrected ledger figure")
    visit(w, "/submissions", "submissions")
    # The demo district may hold this month's draft already: open it from the list, else make it.
    mine = [r for r in w.d.find_elements(By.CSS_SELECTOR, "table.tz-submissions tbody tr")
            if PLAN in r.text and MONTH_EN in r.text and ("Draft" in r.text or "Returned" in r.text)]
    if mine:
        w.click(mine[0].find_element(By.LINK_TEXT, PLAN))
    else:
        draft = w.form("/submissions")
        select_option(draft.find_element(By.NAME, "plan_id"), lambda v, t: t == PLAN, PLAN)
        select_option(draft.find_element(By.NAME, "period"), lambda v, t: v == MONTH, MONTH)
        w.submit_in(draft)
    submission = w.path().split("?")[0]
    assert re.fullmatch(r"/submissions/\d+", submission), w.text()[:300]
    box = w.d.find_element(By.NAME, "narrative")
    w.fill("narrative", "")
    w.d.execute_script("arguments[0].removeAttribute('required')", box)
    w.refused(lambda: w.act("submit"))
    assert "The narrative is empty" in w.d.find_element(By.ID, "f-narrative-error").text
    w.fill("narrative", NARRATIVE)
    w.act("submit")
    assert NARRATIVE in w.text() and "Submitted" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text, w.text()[:300]
    visit(w, submission, "submission-submitted")

    enter(w, LEADER)
    w.go(submission)
    approve = w.d.find_element(By.CSS_SELECTOR, "button[name=action][value=approve]")
    back = w.d.find_element(By.CSS_SELECTOR, "button[name=action][value=return]")
    assert (approve.text, back.text) == ("Approve and send up", "Return for changes"), (approve.text, back.text)
    visit(w, submission, "submission-leader")
    w.fill("comment", COMMENT)
    w.act("return")
    assert "Returned" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text, w.text()[:300]

    enter(w, STAFF)
    w.go(entry_path + "/edit")
    w.fill("v.audience", "320")
    w.submit_in(w.form(entry_path))
    visit(w, submission, "submission-returned")
    banner = w.d.find_element(By.CSS_SELECTOR, ".tz-return-banner")
    assert COMMENT in banner.text and "Returned" in banner.text, banner.text
    assert "→" in w.d.find_element(By.CSS_SELECTOR, ".tz-ledger-changes").text
    before = w.d.find_element(By.CSS_SELECTOR, ".tz-values-table").text
    w.act("refresh")
    assert w.d.find_element(By.CSS_SELECTOR, ".tz-values-table").text != before, "the month's total follows the ledger"
    w.act("submit")
    enter(w, LEADER)
    w.go(submission)
    w.act("approve")
    assert "Approved by leader" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text
    return submission


def supervisor(w, submission, child_entry):
    step("P3/P5/P4/P9 (English, phone) who has not reported, one tap; the matrix opens on the period due now; "
         "a figure opens its entries and a community's entry; the list puts what waits for her first")
    enter(w, "wenlvju.supervisor")
    visit(w, "/", "home-supervisor")
    roll = w.d.find_element(By.ID, "rollcall")
    assert "Expected" in roll.text and "Who has not reported?" in roll.text, roll.text
    block = next(b for b in roll.find_elements(By.CSS_SELECTOR, ".tz-rollcall") if b.find_elements(By.CSS_SELECTOR, "form"))
    missing = [a.text for a in block.find_elements(By.CSS_SELECTOR, ".tz-rollcall-missing a")]
    w.submit_in(block.find_element(By.CSS_SELECTOR, "form"))
    flash = w.d.find_element(By.CSS_SELECTOR, ".tz-alert-success, .tz-alert-info").text
    # The Chinese walk reminded them a moment ago: once a day is enough.
    assert (missing[0] in flash and "Reminded" in flash) or "already reminded today" in flash, flash
    w.go("/matrix?plan=1")
    current = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap th[data-current]")
    wrap = w.d.find_element(By.CSS_SELECTOR, ".tz-heatmap-wrap")
    box, col = rect(w.d, wrap), rect(w.d, current)
    assert box["left"] <= col["left"] and col["right"] <= box["left"] + wrap.size["width"] + 1, "the period due now in view"
    w.shot("phone-en", "matrix", full=False)

    visit(w, "/submissions", "submissions-supervisor")
    first = w.d.find_element(By.CSS_SELECTOR, "table.tz-submissions tbody tr")
    assert "Approved by leader" in first.text, f"what waits for her comes first: {first.text}"
    w.go(submission)
    w.click(w.d.find_element(By.CSS_SELECTOR, "a.tz-source-link"))
    links = w.d.find_element(By.ID, "sources").find_elements(By.CSS_SELECTOR, "a[href^='/ledger/']")
    assert links, w.d.find_element(By.ID, "sources").text
    visit(w, w.path(), "submission-sources")
    w.click(links[0])
    assert re.fullmatch(r"/ledger/\d+", w.path()) and "Error" not in w.d.title, w.text()[:300]
    visit(w, child_entry, "entry-child-unit")
    assert "Unit" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text
    w.go(submission)
    w.act("accept")
    assert "Accepted" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text


def filer_sees_reminder(w):
    step("P3 (English, phone) the filer reminded by the supervisor reads it at the top, in English")
    enter(w, "xishan.staff")
    visit(w, "/", "home-filer")
    reminders = w.d.find_element(By.ID, "reminders")
    assert "Reminder from the supervising office" in reminders.text, reminders.text
    assert rect(w.d, reminders)["top"] < rect(w.d, w.d.find_element(By.CSS_SELECTOR, ".tz-card"))["top"]


def imports(w):
    step("P7 (English, phone) imported entries wait, badged To confirm")
    enter(w, "xinhua.staff")
    visit(w, "/ledger/imported", "ledger-imported")
    rows = w.d.find_elements(By.CSS_SELECTOR, "table tbody tr")
    visit(w, "/ledger", "ledger")
    if rows:
        assert "To confirm" in w.text(), "pending entries badged on the ledger"


def walk(w, child_entry):
    w.resize(PHONE)
    try:
        path = entry(w)
        submission = report(w, path)
        supervisor(w, submission, child_entry)
        filer_sees_reminder(w)
        imports(w)
        step("P10 (English, phone) the admin creates a user who then changes the password")
        admin.user_and_password(w, lang="en", username="e2e.phoneuser", folder="phone-en")
    finally:
        w.resize(DESKTOP)
