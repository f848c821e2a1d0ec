#!/usr/bin/env python3
"""End-to-end test of the web app in a real headless Chromium (selenium + chromedriver).

    e2e.py BASE_URL OUT_DIR

The server at BASE_URL must hold the demo district (`taizhang serve` on an empty data
directory loads it). The walk, as the people in the offices would do it:

  城关街道 staff logs in -> adds a ledger entry -> starts this month's 工作动态（月报）
  from the ledger and submits it -> the street's leader approves -> the bureau's
  supervisor accepts -> the matrix cell for 城关街道 this month is on time -> the
  supervisor generates 城关街道's 上半年 summary and downloads the .docx.

Then the service centre (SPEC §7): the supervision section's board, a 督办 answered by a
window and closed, the ratings with the 约谈, the stars' circular, and the hospital 院感科's
half-year draft. Then every main page is shot in Chinese and in English (and a few at
phone width).
Screenshots go to OUT_DIR/zh, OUT_DIR/en, OUT_DIR/phone; the .docx to OUT_DIR/download.
Any failed step, JavaScript error or CSP violation in the browser console fails the run.
"""
import datetime
import os
import sys
import time
import zipfile

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
PASSWORD = "taizhang2024"
TITLE = "E2E：社区读书分享会 <script>alert(1)</script>"
BEIJING = datetime.timezone(datetime.timedelta(hours=8))
TODAY = datetime.datetime.now(BEIJING).date()
MONTH = f"{TODAY.year}M{TODAY.month:02d}"
steps = []


def step(name):
    print(f"-- {name}", flush=True)
    steps.append(name)


def make_driver(download_dir):
    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              "--window-size=1280,900", "--lang=zh-CN", "--force-device-scale-factor=1"]:
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"download.default_directory": download_dir,
                                           "download.prompt_for_download": False,
                                           "intl.accept_languages": "zh-CN,zh"})
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The browser's own controls (date picker, file button) in Chinese, as in the offices.
    env = dict(os.environ, LANGUAGE="zh_CN:zh")
    service = Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"), env=env)
    d = webdriver.Chrome(service=service, options=opts)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return d


class Walk:
    def __init__(self, driver):
        self.d = driver
        self.shots = 0

    def go(self, path):
        self.d.get(BASE + path)
        self.check_console()

    def check_console(self):
        # Any script error or Content-Security-Policy violation is a failure.
        bad = [e for e in self.d.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
        assert not bad, f"browser console errors on {self.d.current_url}: {bad}"

    def text(self):
        return self.d.find_element(By.TAG_NAME, "body").text

    def shot(self, folder, name):
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        height = self.d.execute_script("return Math.max(document.body.scrollHeight, 600)")
        width = self.d.get_window_size()["width"]
        self.d.set_window_size(width, min(height + 120, 6000))
        self.shots += 1
        path = os.path.join(OUT, folder, f"{self.shots:02d}-{name}.png")
        self.d.save_screenshot(path)
        self.d.set_window_size(width, 900)

    def click(self, element):
        element.click()
        try:  # data-confirm buttons ask first (app.js); answer yes.
            WebDriverWait(self.d, 1).until(EC.alert_is_present())
            self.d.switch_to.alert.accept()
        except (TimeoutException, NoAlertPresentException):
            pass
        WebDriverWait(self.d, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.check_console()

    def submit_in(self, form):
        self.click(form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]"))

    def form(self, action, hidden=None):
        """The form posting to `action` (and holding hidden input name=value, if given)."""
        for f in self.d.find_elements(By.CSS_SELECTOR, "form"):
            if not (f.get_attribute("action") or "").split("?")[0].endswith(action):
                continue
            if hidden and not f.find_elements(By.CSS_SELECTOR, f"input[name='{hidden[0]}'][value='{hidden[1]}']"):
                continue
            return f
        raise AssertionError(f"no form for {action} {hidden or ''} on {self.d.current_url}")

    def act(self, action):
        """Presses a submission's action button (submit / approve / accept)."""
        self.click(self.d.find_element(By.CSS_SELECTOR, f"button[name=action][value={action}]"))

    def fill(self, name, value):
        el = self.d.find_element(By.NAME, name)
        if el.tag_name == "select":
            Select(el).select_by_value(value)
        else:
            el.clear()
            el.send_keys(value)

    def login(self, user):
        self.d.delete_all_cookies()
        self.go("/login")
        self.fill("username", user)
        self.fill("password", PASSWORD)
        self.submit_in(self.form("/login"))
        assert "/login" not in self.d.current_url, f"login failed for {user}: {self.text()[:300]}"

    def logout(self):
        self.submit_in(self.form("/logout"))
        assert "/login" in self.d.current_url, self.d.current_url


def select_option(select_el, predicate, what):
    s = Select(select_el)
    for o in s.options:
        if predicate(o.get_attribute("value"), o.text):
            s.select_by_value(o.get_attribute("value"))
            return o.get_attribute("value")
    raise AssertionError(f"no {what} among {[o.text for o in s.options]}")


def flow(w, downloads):
    step("staff logs in")
    w.login("chengguan.staff")
    assert "城关街道" in w.text()
    w.shot("zh", "home-staff")

    step("staff adds a ledger entry")
    w.go("/ledger/new")
    w.fill("title", TITLE)
    w.d.execute_script("arguments[0].value = arguments[1]", w.d.find_element(By.NAME, "date"), TODAY.isoformat())
    w.fill("place", "城关街道文化站")
    w.fill("v.cultural_activities", "1")
    w.fill("v.audience", "45")
    w.shot("zh", "ledger-new")
    w.submit_in(w.form("/ledger"))
    assert "/ledger" in w.d.current_url and "/new" not in w.d.current_url, w.text()[:500]
    assert TITLE in w.text(), "the new entry (with its title shown as text) is in the list"
    w.shot("zh", "ledger")

    step("staff starts this month's update from the ledger and submits it")
    w.go("/submissions")
    draft = w.form("/submissions")
    select_option(draft.find_element(By.NAME, "plan_id"), lambda v, t: "工作动态（月报）" in t, "monthly plan")
    select_option(draft.find_element(By.NAME, "period"), lambda v, t: v == MONTH, f"period {MONTH}")
    w.shot("zh", "submissions")
    w.submit_in(draft)
    assert "/submissions/" in w.d.current_url, w.text()[:500]
    submission = w.d.current_url.split(BASE)[1].split("?")[0]
    w.shot("zh", "submission-draft")
    w.act("submit")
    assert "已报送" in w.text() or "待领导审核" in w.text() or "submitted" in w.text().lower(), w.text()[:600]
    w.logout()

    step("leader approves")
    w.login("chengguan.leader")
    w.go(submission)
    w.shot("zh", "submission-leader")
    w.act("approve")
    w.logout()

    step("supervisor accepts")
    w.login("wenlvju.supervisor")
    w.go(submission)
    w.act("accept")
    assert "已接收" in w.text() or "已采纳" in w.text() or "accepted" in w.text().lower(), w.text()[:600]
    w.shot("zh", "submission-accepted")

    step("the matrix cell turns on time")
    w.go(f"/matrix?plan=1&from={MONTH}&to={MONTH}")
    row = w.d.find_element(By.XPATH, "//table[contains(@class,'tz-heatmap')]//tr[th//a[normalize-space()='城关街道']]")
    cell = row.find_element(By.CSS_SELECTOR, "td.tz-cell")
    assert "tz-cell-on_time" in cell.get_attribute("class"), cell.get_attribute("outerHTML")
    w.shot("zh", "matrix")

    step("supervisor generates 城关街道's half-year summary and downloads the .docx")
    w.go("/summaries")
    gen = w.form("/summaries")
    select_option(gen.find_element(By.NAME, "unit_id"), lambda v, t: t.strip().endswith("城关街道"), "城关街道")
    select_option(gen.find_element(By.NAME, "period"), lambda v, t: v == f"{TODAY.year}H1", f"{TODAY.year}H1")
    w.submit_in(gen)
    assert "/summaries/" in w.d.current_url, w.text()[:500]
    assert "城关街道" in w.text() and "上半年" in w.text(), w.text()[:500]
    w.shot("zh", "summary")
    step("a number opens the ledger entries behind it (app.js over the numbers API)")
    # The opening speaks of the creation work first (process records); take the first number
    # whose sources are ledger entries.
    pop = None
    for number in w.d.find_elements(By.CSS_SELECTOR, "a.tz-num")[:12]:
        w.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", number)
        number.click()
        pop = w.d.find_element(By.ID, "tz-trace-popover")
        try:
            WebDriverWait(w.d, 5).until(lambda d: pop.is_displayed() and (pop.find_elements(By.CSS_SELECTOR, "li")))
        except TimeoutException:
            continue
        if pop.find_elements(By.CSS_SELECTOR, "a[href^='/ledger/']"):
            break
    WebDriverWait(w.d, 10).until(lambda d: pop.is_displayed() and pop.find_elements(By.CSS_SELECTOR, "a[href^='/ledger/']"))
    w.check_console()
    w.d.save_screenshot(os.path.join(OUT, "zh", "summary-number-sources.png"))
    first = pop.find_element(By.CSS_SELECTOR, "a[href^='/ledger/']")
    print(f"   {number.text} ← {len(pop.find_elements(By.CSS_SELECTOR, 'li'))} sources, e.g. {first.text[:40]}")
    w.click(w.d.find_element(By.ID, "export-docx"))
    docx = wait_for_download(downloads)
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "城关街道" in body, "the downloaded .docx holds the summary"
    print(f"   downloaded {os.path.basename(docx)} ({os.path.getsize(docx)} bytes)")
    return submission


def checker(w):
    """A real summary from the fixtures, pasted: every finding is marked in the text."""
    step("staff checks a summary on the checker page")
    fixtures = os.environ.get("TAIZHANG_FIXTURES", os.path.join(os.path.dirname(__file__), "../../Tests/Fixtures"))
    seed = sorted(f for f in os.listdir(os.path.join(fixtures, "seeds")) if f.endswith(".txt"))[0]
    with open(os.path.join(fixtures, "seeds", seed), encoding="utf-8") as f:
        text = f.read()
    w.login("chengguan.staff")
    w.go("/check?lang=zh")
    area = w.d.find_element(By.NAME, "text")
    w.d.execute_script("arguments[0].value = arguments[1]", area, text)
    w.submit_in(w.form("/check"))
    marks = w.d.find_elements(By.CSS_SELECTOR, "mark.tz-find")
    findings = w.d.find_elements(By.CSS_SELECTOR, "ol.tz-findings > li")
    assert findings and len(marks) * 2 >= len(findings), f"{seed}: {len(findings)} findings, only {len(marks)} marked in the text"
    w.shot("zh", "checker-result")
    print(f"   {seed}: {len(findings)} findings, {len(marks)} marked in the text")


def service(w, downloads):
    """SPEC §7: the centre's supervision section works the board, a window answers a 督办,
    the ratings page shows the fix loop and the 约谈, the stars' circular downloads, and the
    hospital's 院感科 drafts its half-year summary with its reporting rates."""
    step("supervision section opens the case board")
    w.login("fuwu.staff")
    w.go("/service?lang=zh")
    text = w.text()
    assert "红牌逾期" in text and "黄牌预警" in text and "按时办结率" in text and "提速率" in text, text[:800]
    w.shot("zh", "service-board")

    step("a 督办 on an open case of the culture window, answered by the window, closed by the section")
    w.go("/service/cases")
    dept = w.d.find_element(By.NAME, "department")
    select_option(dept, lambda v, t: "文化和旅游" in t, "culture department")
    select_option(w.d.find_element(By.NAME, "status"), lambda v, t: v == "open", "open")
    w.submit_in(w.form("/service/cases"))
    w.shot("zh", "service-cases")
    w.click(w.d.find_element(By.CSS_SELECTOR, "table.tz-table tbody tr td a"))
    case_path = w.d.current_url.split(BASE)[1].split("?")[0]
    issue = w.form(case_path + "/orders")
    w.d.execute_script("arguments[0].open = true", issue.find_element(By.XPATH, "ancestor::details"))
    select_option(issue.find_element(By.NAME, "level"), lambda v, t: v == "department", "department level")
    issue.find_element(By.NAME, "reason").send_keys("E2E：请说明办理进度")
    w.submit_in(issue)
    assert "E2E：请说明办理进度" in w.text(), w.text()[:800]
    w.shot("zh", "service-case-order")
    w.logout()
    w.login("wenlv.window")
    w.go(case_path)
    respond = [f for f in w.d.find_elements(By.CSS_SELECTOR, "form") if "/response" in (f.get_attribute("action") or "")][-1]
    respond.find_element(By.NAME, "text").send_keys("E2E：材料已补齐，今日办结")
    w.submit_in(respond)
    assert "E2E：材料已补齐" in w.text(), w.text()[:800]
    w.logout()
    w.login("fuwu.staff")
    w.go(case_path)
    close = [f for f in w.d.find_elements(By.CSS_SELECTOR, "form") if "/close" in (f.get_attribute("action") or "")][-1]
    w.submit_in(close)
    assert "已办结" in w.text(), w.text()[:800]

    step("ratings: last month's ranking summons a window; bad ratings with their fixes")
    last_month = (TODAY.replace(day=1) - datetime.timedelta(days=1))
    w.go(f"/service/ratings?month={last_month.year}M{last_month.month:02d}")
    assert "满意率" in w.text() and "约谈" in w.text(), w.text()[:800]
    w.shot("zh", "service-ratings")

    step("appraisal: the last quarter's stars and their circular")
    w.logout()
    w.login("fuwu.supervisor")
    w.go("/service/appraisal")
    assert "服务明星" in w.text() and "名额" in w.text(), w.text()[:800]
    w.shot("zh", "service-appraisal")
    before = set(os.listdir(downloads))
    w.d.find_element(By.XPATH, "//a[contains(@href, '/service/stars/circular')]").click()
    end = time.time() + 30
    while time.time() < end and not [f for f in set(os.listdir(downloads)) - before if f.endswith(".docx")]:
        time.sleep(0.3)
    new = [f for f in set(os.listdir(downloads)) - before if f.endswith(".docx")]
    assert new, "the stars' circular downloads"
    with zipfile.ZipFile(os.path.join(downloads, new[0])) as z:
        assert "服务明星" in z.read("word/document.xml").decode("utf-8")
    w.logout()

    step("the hospital's 院感科 drafts its half-year summary with its reporting rates")
    w.login("yuangan.staff")
    w.go("/summaries")
    gen = w.form("/summaries")
    select_option(gen.find_element(By.NAME, "period"), lambda v, t: v == f"{TODAY.year}H1", f"{TODAY.year}H1")
    w.submit_in(gen)
    assert "/summaries/" in w.d.current_url, w.text()[:500]
    # A missed-report rate of 0 reads "暂无传染病漏报"; otherwise "漏报率为…".
    assert "传染病漏报" in w.text() and "报告及时率" in w.text(), w.text()[:1200]
    w.shot("zh", "hospital-summary")
    w.logout()


def wait_for_download(folder, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        done = [f for f in os.listdir(folder) if f.endswith(".docx")]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.3)
    raise AssertionError(f"no .docx downloaded into {folder}: {os.listdir(folder)}")


PAGES = {
    "chengguan.staff": ["/", "/ledger", "/ledger/new", "/ledger/imported", "/submissions", "/check",
                        "/process/group", "/process/liaison", "/process/funds", "/process/inspections",
                        "/process/scores", "/process/acceptance"],
    "wenlvju.supervisor": ["/", "/matrix", "/rankings", "/summaries", "/process/circulars"],
    "fuwu.supervisor": ["/service", "/service/cases?status=red", "/service/ratings", "/service/appraisal"],
    "wenlv.window": ["/service", "/service/cases"],
}


def tour(w, submission):
    """Every main page in both languages: a page that fails to render fails the run."""
    for lang in ["zh", "en"]:
        step(f"tour in {lang}")
        for user, paths in PAGES.items():
            w.login(user)
            w.go(f"/?lang={lang}")
            for path in paths + ([submission] if user == "chengguan.staff" else []):
                w.go(path)
                assert "/login" not in w.d.current_url, path
                title = w.d.title
                assert "出错" not in title and "Error" not in title, f"{path}: {title} {w.text()[:300]}"
                page_lang = w.d.execute_script("return document.documentElement.lang")
                assert page_lang.startswith(lang), f"{path} is in {page_lang}, not {lang}"
                w.shot(lang, (user.split(".")[1] + path.replace("/", "-")).rstrip("-"))
    step("phone width")
    w.d.set_window_size(390, 844)
    w.login("chengguan.staff")
    w.go("/?lang=zh")
    width = w.d.get_window_size()["width"]
    for path in ["/", "/ledger", "/ledger/new", "/submissions"]:
        w.go(path)
        overflow = w.d.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        w.shot("phone", path.strip("/").replace("/", "-") or "home")
        assert not overflow, f"{path} scrolls sideways at phone width"
    assert width <= 400


def main():
    downloads = os.path.join(OUT, "download")
    os.makedirs(downloads, exist_ok=True)
    d = make_driver(downloads)
    w = Walk(d)
    try:
        submission = flow(w, downloads)
        checker(w)
        service(w, downloads)
        tour(w, submission)
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
