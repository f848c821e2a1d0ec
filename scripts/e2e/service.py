"""The service centre in the browser walk (SPEC §7, issue #17): the supervision section's board,
a 督办 issued, answered by a window and closed, the ratings with the 约谈, the stars' circular,
and the hospital 院感科's half-year draft with its reporting rates."""
import datetime
import os
import time
import zipfile

from walk import BASE, TODAY, By, select_option, step

# Pages of the service side shot in the tour (both languages).
PAGES = {
    "fuwu.supervisor": ["/service", "/service/cases?status=red", "/service/ratings", "/service/appraisal"],
    "wenlv.window": ["/service", "/service/cases"],
}


def walk(w, downloads):
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
