"""Issue #16 as the offices would click it: each numbered problem of the issue is a step.

P8 an entry is added with an approximate figure and a photo, lands on top with 📎 and
   opens read-only; P1 the narrative typed next to 报送 is what goes up (an empty one is
   refused next to the box); P6 the leader returns with 审核意见; P2 the filer corrects the
   ledger and the report follows it until submitted; P3/P5 the supervisor's home names who
   has not reported, one tap reminds them, the filer sees it; P4 a figure of the report and
   of a rolled-up summary open their entries, a child unit's too, without 无权访问."""
import os
import re
import struct
import zlib

from walk import (BASE, MONTH, OUT, TODAY, By, rect, select_option, step, wait_for)

TITLE = "E2E：社区读书分享会 <script>alert(1)</script>"
NARRATIVE = "E2E报送说明：本月在城关街道文化站开展读书分享会，群众参与踊跃。"
COMMENT = "请补充活动照片，并核实受众人次。"


def png(path, w=64, h=48):
    """A small real PNG (a photo stand-in) for the evidence upload."""
    raw = b"".join(b"\x00" + bytes([40, 110, 180]) * w for _ in range(h))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def add_entry(w):
    step("P8 staff adds an entry: the category's fields, 45余 typed, a photo; it lands on top with 📎")
    w.login("chengguan.staff")
    w.shot("zh", "home-staff")
    w.go("/ledger/new")
    category = w.d.find_element(By.NAME, "category")
    select_option(category, lambda v, t: v == "training", "training")
    trainees = w.d.find_element(By.NAME, "v.trainees")
    assert trainees.is_displayed(), "a training shows the training fields"
    assert w.d.execute_script("return !!arguments[0].closest('.tz-values-main, .tz-recent')", trainees), "training fields are not folded away"
    select_option(category, lambda v, t: v == "activity", "activity")
    w.fill("title", TITLE)
    w.d.execute_script("arguments[0].value = arguments[1]", w.d.find_element(By.NAME, "date"), TODAY.isoformat())
    w.fill("place", "城关街道文化站")
    w.fill("v.cultural_activities", "1")
    w.fill("v.audience", "45余")
    w.d.find_element(By.NAME, "evidence").send_keys(png(os.path.join(OUT, "evidence-photo.png")))
    w.shot("zh", "ledger-new")
    w.submit_in(w.form("/ledger"))
    assert w.path().startswith("/ledger") and "/new" not in w.path(), w.text()[:500]
    first = w.d.find_element(By.CSS_SELECTOR, "table.tz-ledger tbody tr")
    assert TITLE in first.text, f"the new entry is the first row: {first.text}"
    assert "📎" in first.text, "the row shows 📎 for its photo"
    assert "45余人次" in first.text, first.text
    w.shot("zh", "ledger")
    w.click(first.find_element(By.PARTIAL_LINK_TEXT, "E2E"))
    entry = w.path()
    assert re.fullmatch(r"/ledger/\d+", entry), f"a row opens the read-only page, not the form: {entry}"
    img = w.d.find_element(By.CSS_SELECTOR, ".tz-evidence-image img")
    wait_for(w.d, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img), "the photo shown inline")
    w.shot("zh", "entry-readonly")
    return entry


def submit_with_narrative(w):
    step("P1 an empty narrative is refused next to the box; the narrative typed and 报送 pressed directly is stored")
    w.go("/submissions")
    draft = w.form("/submissions")
    select_option(draft.find_element(By.NAME, "plan_id"), lambda v, t: "工作动态（月报）" in t, "monthly plan")
    select_option(draft.find_element(By.NAME, "period"), lambda v, t: v == MONTH, f"period {MONTH}")
    w.submit_in(draft)
    assert re.search(r"/submissions/\d+", w.path()), w.text()[:500]
    submission = w.path().split("?")[0]
    w.shot("zh", "submission-draft")
    w.fill("narrative", "")
    w.act("submit", navigates=False)
    box = w.d.find_element(By.NAME, "narrative")
    assert w.d.execute_script("return arguments[0].validity.valueMissing", box), "the browser stops an empty narrative at the box"
    assert w.path().split("?")[0] == submission
    # Without the browser's check (an old browser, a script) the server refuses it next to the box.
    w.d.execute_script("arguments[0].removeAttribute('required')", box)
    w.refused(lambda: w.act("submit"))
    error = w.d.find_element(By.ID, "f-narrative-error")
    assert "报送说明不能为空" in error.text, error.text
    assert "草稿" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text
    w.shot("zh", "submission-empty-narrative")
    w.fill("narrative", NARRATIVE)
    w.act("submit")
    assert NARRATIVE in w.text(), "the narrative typed next to 报送 is what was stored"
    assert "已报送" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text
    w.logout()
    return submission


def leader_returns(w, submission):
    step("P6 the leader's buttons say what they do; she returns with 审核意见")
    w.login("chengguan.leader")
    w.go(submission)
    approve = w.d.find_element(By.CSS_SELECTOR, "button[name=action][value=approve]")
    back = w.d.find_element(By.CSS_SELECTOR, "button[name=action][value=return]")
    assert approve.text == "同意并报上级" and back.text == "退回修改", (approve.text, back.text)
    assert "报上级" in approve.get_attribute("data-confirm"), approve.get_attribute("data-confirm")
    w.fill("comment", COMMENT)
    w.shot("zh", "submission-leader")
    w.act("return")
    assert "已退回" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text, w.text()[:400]
    w.logout()


def filer_corrects_and_resubmits(w, submission, entry):
    step("P2 the return comment heads the page; a corrected ledger figure reaches the report (按台账刷新数值) and is frozen at 报送")
    w.login("chengguan.staff")
    w.go(submission)
    banner = w.d.find_element(By.CSS_SELECTOR, ".tz-return-banner")
    assert COMMENT in banner.text and rect(w.d, banner)["top"] < rect(w.d, w.d.find_element(By.CSS_SELECTOR, ".tz-facts"))["top"]
    before = w.d.find_element(By.CSS_SELECTOR, ".tz-values-table").text
    w.go(entry + "/edit")
    w.fill("v.audience", "60")
    w.submit_in(w.form(entry))
    w.go(submission)
    changes = w.d.find_element(By.CSS_SELECTOR, ".tz-ledger-changes")
    assert "→" in changes.text, changes.text
    w.shot("zh", "submission-ledger-changed")
    w.act("refresh")
    assert not w.d.find_elements(By.CSS_SELECTOR, ".tz-ledger-changes"), "refreshed: nothing left to take"
    after = w.d.find_element(By.CSS_SELECTOR, ".tz-values-table").text
    assert after != before, f"the table follows the ledger: {before} / {after}"
    box = w.d.find_element(By.NAME, "narrative")
    box.send_keys("\n已补充活动照片。")
    w.act("submit")
    assert "已补充活动照片" in w.text() and "已报送" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text
    w.logout()
    w.login("chengguan.leader")
    w.go(submission)
    w.act("approve")
    assert "领导已审核" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text, w.text()[:400]
    w.logout()


def supervisor_roll_call(w):
    step("P3/P5 the supervisor's home names who has not reported; one tap reminds them; the filer sees it at the top")
    w.login("wenlvju.supervisor")
    w.go("/")
    roll = w.d.find_element(By.ID, "rollcall")
    awaiting = w.d.find_elements(By.ID, "awaiting")
    assert rect(w.d, roll)["top"] < min([rect(w.d, a)["top"] for a in awaiting] or [10 ** 6]), "the roll call comes first"
    if awaiting:
        grid = w.d.find_element(By.CSS_SELECTOR, ".tz-grid")
        assert awaiting[0].size["width"] > grid.size["width"] * 0.9, "待我处理 spans the page"
    assert "本期应报" in roll.text, roll.text
    w.shot("zh", "home-supervisor")
    block = next(b for b in roll.find_elements(By.CSS_SELECTOR, ".tz-rollcall") if b.find_elements(By.CSS_SELECTOR, "form"))
    missing = [a.text for a in block.find_elements(By.CSS_SELECTOR, ".tz-rollcall-missing a")]
    assert missing, block.text
    w.submit_in(block.find_element(By.CSS_SELECTOR, "form"))
    flash = w.d.find_element(By.CSS_SELECTOR, ".tz-alert-success, .tz-alert-info").text
    assert w.path().split("?")[0] == "/", w.path()
    assert "已向" in flash and missing[0] in flash or "今日已提醒" in flash, flash
    w.shot("zh", "home-supervisor-reminded")
    filer = {"东湖街道": "donghu.staff", "西山街道": "xishan.staff", "沙门镇": "shamen.staff", "桥头镇": "qiaotou.staff",
             "白石镇": "baishi.staff", "城关街道": "chengguan.staff"}.get(missing[0])
    if filer:
        w.login(filer)
        w.go("/")
        reminders = w.d.find_element(By.ID, "reminders")
        first_card = w.d.find_element(By.CSS_SELECTOR, ".tz-card")
        assert rect(w.d, reminders)["top"] < rect(w.d, first_card)["top"], "the reminder is at the top"
        assert "上级管理部门提醒" in reminders.text, reminders.text
        w.shot("zh", "home-filer-reminded")
        w.logout()
    return missing


def figures_open_their_entries(w, submission):
    step("P4 a figure of the report opens its entries; an entry opens read-only for the supervisor")
    w.login("wenlvju.supervisor")
    w.go(submission)
    w.click(w.d.find_element(By.CSS_SELECTOR, "a.tz-source-link"))
    card = w.d.find_element(By.ID, "sources")
    links = card.find_elements(By.CSS_SELECTOR, "a[href^='/ledger/']")
    assert links, card.text
    w.shot("zh", "submission-sources")
    w.click(links[0])
    assert re.fullmatch(r"/ledger/\d+", w.path()) and "无权" not in w.text(), w.text()[:300]
    w.go(submission)
    w.act("accept")
    assert "已采纳" in w.d.find_element(By.CSS_SELECTOR, ".tz-facts").text, w.text()[:400]
    w.shot("zh", "submission-accepted")
