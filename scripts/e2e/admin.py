"""Issue #16 P10: the admin's pages. Filled in with the admin pages (users, units, plans,
targets, catalog, validation rules, holiday calendar, rule sets)."""
from walk import step

PAGES = []


def user_and_password(w):
    step("P10 admin pages (not yet built)")
