"""Issue #16 P10: the admin's pages. The admin's home leads to them; the admin creates a
user (a weak password is refused next to its box), the user signs in, must change the
password first, and then works; a plan's reminder recipients are shown."""
from walk import By, Select, step

PAGES = ["/admin", "/admin/users", "/admin/units", "/admin/plans", "/admin/targets", "/admin/catalog",
         "/admin/rules", "/admin/holidays", "/admin/rulesets"]
NEW_USER, FIRST, SECOND = "e2e.newstaff", "Xinhua-Start-2024", "Xinhua-Mine-2025"


def user_and_password(w):
    step("P10 admin's home links the admin pages; the admin creates a user who then changes the password")
    w.login("admin")
    w.go("/")
    links = [a.get_attribute("href").split("/", 3)[-1] for a in w.d.find_elements(By.CSS_SELECTOR, "#admin a")]
    assert {"admin/users", "admin/catalog", "admin/holidays"} <= set(links), links
    w.shot("zh", "home-admin")
    w.go("/admin/users")
    w.click(w.d.find_element(By.CSS_SELECTOR, "details > summary"))
    form = w.form("/admin/users")
    w.fill("username", NEW_USER, form)
    w.fill("display_name", "新来的填报员", form)
    w.fill("password", "123", form)
    Select(form.find_element(By.NAME, "unit_id")).select_by_visible_text("城关街道")
    Select(form.find_element(By.NAME, "role")).select_by_value("staff")
    w.d.execute_script("arguments[0].removeAttribute('minlength')", form.find_element(By.NAME, "password"))
    w.submit_in(form)
    error = w.d.find_element(By.CSS_SELECTOR, "#f-password-error, .tz-invalid .tz-error")
    assert error.text, "a weak password is refused next to its box"
    form = w.form("/admin/users")
    assert form.find_element(By.NAME, "username").get_attribute("value") == NEW_USER, "what was typed is kept"
    w.fill("password", FIRST, form)
    w.submit_in(form)
    assert NEW_USER in w.text() and "首次登录时须修改密码" in w.text(), w.text()[:400]
    w.shot("zh", "admin-users")
    w.go("/admin/plans")
    assert "填报员" in w.text(), "each plan says it reminds the filer"
    w.shot("zh", "admin-plans")
    w.logout()
    w.login(NEW_USER, FIRST)
    assert w.path().startswith("/account/password"), f"a new user changes the password first: {w.path()}"
    w.fill("current_password", FIRST)
    w.fill("new_password", SECOND)
    w.fill("confirm_password", SECOND)
    w.shot("zh", "account-password")
    w.submit_in(w.form("/account/password"))
    assert w.path().split("?")[0] == "/" and "密码已修改" in w.text(), w.text()[:300]
    w.logout()
    w.login(NEW_USER, SECOND)
    w.go("/ledger")
    assert "工作台账" in w.text()
    w.logout()
