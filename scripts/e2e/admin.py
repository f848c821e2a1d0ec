"""Issue #16 P10: the admin's pages. The admin's home leads to them; the admin creates a
user (a weak password is refused next to its box), the user signs in, must change the
password first, and then works; a plan's reminder recipients are shown."""
from walk import By, Select, step

PAGES = ["/admin", "/admin/users", "/admin/units", "/admin/plans", "/admin/targets", "/admin/catalog",
         "/admin/rules", "/admin/holidays", "/admin/rulesets"]
NEW_USER, FIRST, SECOND = "e2e.newstaff", "Xinhua-Start-2024", "Xinhua-Mine-2025"


# What the pages say, per language.
TEXT = {
    "zh": {"created": "首次登录时须修改密码", "filer": "填报员", "changed": "密码已修改", "ledger": "工作台账"},
    "en": {"created": "at the first sign-in", "filer": "Staff", "changed": "Your password was changed", "ledger": "Ledger"},
}


def user_and_password(w, lang="zh", username=NEW_USER, folder="zh"):
    """P10 in `lang` at the window's width: the admin creates `username`, who signs in and
    must change the password before anything else."""
    text = TEXT[lang]
    if lang == "zh":
        step("P10 admin's home links the admin pages; the admin creates a user who then changes the password")
    w.login("admin")
    w.go(f"/?lang={lang}")
    links = [a.get_attribute("href").split("/", 3)[-1] for a in w.d.find_elements(By.CSS_SELECTOR, "#admin a")]
    assert {"admin/users", "admin/catalog", "admin/holidays"} <= set(links), links
    w.shot(folder, "home-admin")
    w.go("/admin/users")
    w.click(w.d.find_element(By.CSS_SELECTOR, "details > summary"), navigates=False)
    form = w.form("/admin/users")
    w.fill("username", username, form)
    w.fill("display_name", "新来的填报员", form)
    w.fill("password", "123", form)
    Select(form.find_element(By.NAME, "unit_id")).select_by_visible_text("城关街道")
    Select(form.find_element(By.NAME, "role")).select_by_value("staff")
    w.d.execute_script("arguments[0].removeAttribute('minlength')", form.find_element(By.NAME, "password"))
    w.refused(lambda: w.submit_in(form))
    error = w.d.find_element(By.CSS_SELECTOR, "#f-password-error, .tz-invalid .tz-error")
    assert error.text, "a weak password is refused next to its box"
    form = w.form("/admin/users")
    assert form.find_element(By.NAME, "username").get_attribute("value") == username, "what was typed is kept"
    w.fill("password", FIRST, form)
    w.submit_in(form)
    assert username in w.text() and text["created"] in w.text(), w.text()[:400]
    w.shot(folder, "admin-users")
    w.go("/admin/plans")
    assert text["filer"] in w.text(), "each plan says it reminds the filer"
    w.shot(folder, "admin-plans")
    w.logout()
    w.login(username, FIRST)
    assert w.path().startswith("/account/password"), f"a new user changes the password first: {w.path()}"
    w.go(f"/account/password?lang={lang}")
    w.fill("current_password", FIRST)
    w.fill("new_password", SECOND)
    w.fill("confirm_password", SECOND)
    w.shot(folder, "account-password")
    w.submit_in(w.form("/account/password"))
    assert w.path().split("?")[0] == "/" and text["changed"] in w.text(), w.text()[:300]
    w.logout()
    w.login(username, SECOND)
    w.go(f"/ledger?lang={lang}")
    assert text["ledger"] in w.text()
    w.logout()
