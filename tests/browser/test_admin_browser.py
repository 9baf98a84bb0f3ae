"""The editors' workbench driven in a real headless Chromium (Debian's chromium and chromedriver).

`make test` installs the two packages when they are missing, so this test runs there and on CI.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.urls import reverse

from quotes.models import Quote, Speaker

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
# `make screenshot` sets this to refresh the README's picture; otherwise it goes to a temp folder.
SCREENSHOT_TO = os.environ.get("CLAIMTRACKER_SCREENSHOT")

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


@pytest.fixture
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver are missing: `make test` installs them")
        pytest.skip("chromium and chromedriver are not installed (make test installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1600,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def wait_for(browser, css):
    """The element once the page that has it has loaded (clicks return before navigation ends)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)))


def click_to_load(browser, element):
    """Click, then wait until the browser has left the current page: a later wait_for must not
    find the old page's element (a stale message list) before the new page arrives."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    page = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 15).until(expected_conditions.staleness_of(page))


def test_editor_reviews_a_quote_in_the_browser(browser, live_server, django_user_model, tmp_path):
    from django.core.management import call_command
    from selenium.webdriver.common.by import By

    call_command("import_articles", verbosity=0)
    from quotes.services import editors_group_ensure

    editor = django_user_model.objects.create_user("rita", password="browser-test-pass-9", is_staff=True)
    editor.groups.add(editors_group_ensure())

    browser.get(live_server.url + reverse("admin:login"))
    browser.find_element(By.NAME, "username").send_keys("rita")
    browser.find_element(By.NAME, "password").send_keys("browser-test-pass-9")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait_for(browser, "#user-tools")  # logged in: the admin shows the user's tools

    browser.get(live_server.url + reverse("admin:quotes_quoteforreview_changelist"))
    assert "review queue" in browser.title.lower()
    screenshot = Path(SCREENSHOT_TO) if SCREENSHOT_TO else tmp_path / "review-queue.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    quote = Quote.objects.filter(status="extracted").order_by("confidence", "id").first()
    field = browser.find_element(By.NAME, "form-0-speaker")
    field.clear()
    field.send_keys("antony-blinken")
    click_to_load(browser, browser.find_element(By.NAME, "_save"))
    assert "successfully" in wait_for(browser, "ul.messagelist").text
    quote.refresh_from_db()
    assert quote.speaker.slug == "antony-blinken" and quote.edited

    buttons = browser.find_elements(By.XPATH, "//button[normalize-space()='Verify']")
    click_to_load(browser, buttons[0])
    assert "marked verified" in wait_for(browser, "ul.messagelist").text
    quote.refresh_from_db()
    assert quote.status == "verified"

    browser.get(live_server.url + reverse("admin:quotes_quote_history", args=[quote.pk]))
    kinds = [(h.status, h.speaker_id, h.history_user_id) for h in quote.history.order_by("history_date")]
    assert kinds[0][0] == "extracted" and kinds[-1] == ("verified", quote.speaker_id, editor.pk)
    assert any(speaker != kinds[0][1] and status == "extracted" for status, speaker, _ in kinds[1:])
    assert "rita" in browser.page_source  # the history page names who changed it
    assert Speaker.objects.get(slug="antony-blinken").quotes.filter(pk=quote.pk).exists()
