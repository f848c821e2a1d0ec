"""The browser the end-to-end walk drives: headless Chromium through selenium, with the
helpers every step uses (log in, fill a field, press a button and answer its confirm
dialog, screenshot) and the console check that fails the run on any script error or
Content-Security-Policy violation."""
import datetime
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
PASSWORD = "taizhang2024"
BEIJING = datetime.timezone(datetime.timedelta(hours=8))
TODAY = datetime.datetime.now(BEIJING).date()
MONTH = f"{TODAY.year}M{TODAY.month:02d}"
PHONE = (390, 844)
DESKTOP = (1280, 900)
steps = []


def step(name):
    print(f"-- {name}", flush=True)
    steps.append(name)


def make_driver(download_dir):
    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
              f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--lang=zh-CN", "--force-device-scale-factor=1"]:
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"download.default_directory": download_dir,
                                           "download.prompt_for_download": False,
                                           "intl.accept_languages": "zh-CN,zh"})
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The browser's own controls (date picker, file button) in Chinese, as in the offices.
    env = dict(os.environ, LANGUAGE="zh_CN:zh")
    service = Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"), env=env)
    d = webdriver.Chrome(service=service, options=opts)
    # Two cores shared with compilers: a page load can take longer than the client's 120 s.
    d.command_executor._client_config.timeout = 300
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return d


class Walk:
    def __init__(self, driver):
        self.d = driver
        self.shots = 0
        self.width = DESKTOP[0]
        # A form sent back with its errors answers 422 (Chrome logs the status as a console
        # error). Only a step that means to be refused (`refused()`) may cause one.
        self.refusal_expected = False

    def go(self, path):
        self.d.get(BASE + path)
        self.check_console()

    def check_console(self):
        # Every SEVERE entry of the browser's console (script errors, Content-Security-Policy
        # violations, failed loads) fails the run; the log is drained by each read.
        allowed = "status of 422" if self.refusal_expected else None
        bad = [e for e in self.d.get_log("browser") if e["level"] == "SEVERE"
               and not (allowed and e.get("source") == "network" and allowed in e["message"])]
        assert not bad, f"browser console errors on {self.d.current_url}: {bad}"

    def refused(self, press):
        """Runs `press` (a submit that the server must send back with its errors, 422)."""
        self.refusal_expected = True
        try:
            press()
        finally:
            self.refusal_expected = False

    def probe_console(self):
        """The console check itself: an uncaught error and a console.error on a page must each
        fail it (a driver that collected no logs would let every error through)."""
        self.go("/login")
        for script in ["setTimeout(() => { throw new Error('e2e probe: uncaught') }, 0)",
                       "console.error('e2e probe: console.error')"]:
            self.d.execute_script(script)
            time.sleep(0.3)
            try:
                self.check_console()
            except AssertionError as e:
                assert "e2e probe" in str(e), e
                continue
            raise AssertionError(f"the console check missed: {script}")
        self.check_console()

    def text(self):
        return self.d.find_element(By.TAG_NAME, "body").text

    def html(self):
        return self.d.page_source

    def path(self):
        return self.d.current_url.split(BASE, 1)[-1]

    def resize(self, size):
        self.width = size[0]
        self.d.set_window_size(*size)

    def shot(self, folder, name, full=True):
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        self.shots += 1
        path = os.path.join(OUT, folder, f"{self.shots:02d}-{name}.png")
        if not full:
            self.d.save_screenshot(path)
            return path
        height = self.d.execute_script("return Math.max(document.body.scrollHeight, 600)")
        self.d.set_window_size(self.width, min(height + 120, 6000))
        self.d.save_screenshot(path)
        self.d.set_window_size(self.width, PHONE[1] if self.width <= PHONE[0] else DESKTOP[1])
        return path

    def click(self, element, navigates=True):
        """Clicks; when the click leads to another page, waits until the old one is gone (on a
        loaded machine the old page still reads "complete" for a while after the click)."""
        old = self.d.find_element(By.TAG_NAME, "html")
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        try:  # data-confirm buttons ask first (app.js); answer yes.
            WebDriverWait(self.d, 1).until(EC.alert_is_present())
            self.d.switch_to.alert.accept()
        except (TimeoutException, NoAlertPresentException):
            pass
        if navigates:
            try:
                WebDriverWait(self.d, 30).until(EC.staleness_of(old))
            except TimeoutException:
                pass  # it stayed (a form the browser itself refused): the step's checks say whether that was right
        WebDriverWait(self.d, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
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

    def act(self, action, navigates=True):
        """Presses the button that carries `action` (submit / approve / accept / return / save / refresh)."""
        self.click(self.d.find_element(By.CSS_SELECTOR, f"button[name=action][value={action}]"), navigates)

    def fill(self, name, value, within=None):
        el = (within or self.d).find_element(By.NAME, name)
        if el.tag_name == "select":
            Select(el).select_by_value(value)
        else:
            el.clear()
            if value:
                el.send_keys(value)

    def login(self, user, password=PASSWORD):
        self.d.delete_all_cookies()
        self.go("/login")
        self.fill("username", user)
        self.fill("password", password)
        # Submitted by script, then waited for: twice on a loaded machine chromedriver's click on
        # this button never returned although the next page had loaded.
        old = self.d.find_element(By.TAG_NAME, "html")
        self.d.execute_script("arguments[0].requestSubmit()", self.form("/login"))
        WebDriverWait(self.d, 120).until(EC.staleness_of(old))
        WebDriverWait(self.d, 120).until(lambda d: d.execute_script("return document.readyState") == "complete")
        self.check_console()
        assert "/login" not in self.d.current_url, f"login failed for {user}: {self.text()[:300]}"

    def logout(self):
        self.submit_in(self.form("/logout"))
        assert "/login" in self.d.current_url, self.d.current_url

    def no_sideways_scroll(self):
        return not self.d.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")


def select_option(select_el, predicate, what):
    s = Select(select_el)
    for o in s.options:
        if predicate(o.get_attribute("value"), o.text):
            s.select_by_value(o.get_attribute("value"))
            return o.get_attribute("value")
    raise AssertionError(f"no {what} among {[o.text for o in s.options]}")


def wait_for(d, predicate, what, timeout=10):
    try:
        return WebDriverWait(d, timeout).until(predicate)
    except TimeoutException:
        raise AssertionError(f"timed out waiting for {what} on {d.current_url}")


def wait_for_download(folder, suffix=".docx", timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        done = [f for f in os.listdir(folder) if f.endswith(suffix)]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.3)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {os.listdir(folder)}")


def rect(d, element):
    return d.execute_script("const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top};", element)


__all__ = ["BASE", "OUT", "PASSWORD", "TODAY", "MONTH", "PHONE", "DESKTOP", "steps", "step", "make_driver", "Walk",
           "select_option", "wait_for", "wait_for_download", "rect", "By", "Select"]
