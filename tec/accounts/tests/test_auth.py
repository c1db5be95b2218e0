"""Django's own accounts: login, logout, password change and reset, throttling, CSRF."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse

from tec.test import PASSWORD

NEW_PASSWORD = "a much longer passphrase 2026"


def log_in(client, username, password=PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_a_user_logs_in_lands_on_the_dashboard_and_logs_out(client, developer):
    response = log_in(client, "developer")
    assert response["Location"] == reverse("home")
    assert client.get(reverse("home"))["Location"] == reverse("dashboard")
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("login") and SESSION_KEY not in client.session


def test_a_wrong_password_is_refused(client, developer):
    response = log_in(client, "developer", "nope")
    assert response.status_code == 200 and SESSION_KEY not in client.session


def test_a_user_changes_their_password_and_the_validators_apply(client, developer):
    client.force_login(developer)
    url = reverse("password_change")
    weak = client.post(url, {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"})
    assert weak.status_code == 200 and "too common" in weak.content.decode()
    client.post(url, {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    developer.refresh_from_db()
    assert developer.check_password(NEW_PASSWORD)


def test_a_forgotten_password_is_reset_through_the_emailed_link(client, developer, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(reverse("password_reset"), {"email": "developer@example.org"})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["developer@example.org"]
    link = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0]
    response = client.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response["Location"] == reverse("password_reset_complete")
    assert log_in(Client(), "developer", NEW_PASSWORD).status_code == 302


def test_a_reset_for_an_unknown_address_sends_nothing_and_reveals_nothing(client, settings, db):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert response["Location"] == reverse("password_reset_done") and mail.outbox == []


def test_repeated_wrong_passwords_lock_the_account_out_for_that_address(client, developer, settings, caplog):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "developer", "guess")
    locked = log_in(client, "developer")
    assert locked.status_code == 429 and "Too many failed logins" in locked.content.decode()
    assert SESSION_KEY not in client.session
    assert any("AXES" in record.getMessage() and "fail" in record.getMessage().lower() for record in caplog.records)


def test_the_lockout_does_not_affect_other_users(client, developer, integrator, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "developer", "guess")
    assert log_in(client, "integrator").status_code == 302


def test_a_successful_login_forgets_earlier_failures(client, developer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "developer", "guess")
    assert log_in(client, "developer").status_code == 302
    client.post(reverse("logout"))
    log_in(client, "developer", "guess")
    assert log_in(client, "developer").status_code == 302


@pytest.mark.parametrize("name,args", [("project_create", []), ("project_members", ["alpha"]),
                                       ("comment_add", ["alpha", "system_context"])])
def test_forms_are_refused_without_a_csrf_token(cast, name, args):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.owner)
    assert client.post(reverse(name, args=args), {"name": "x", "body": "x"}).status_code == 403


def test_the_login_form_needs_a_csrf_token_too(developer):
    client = Client(enforce_csrf_checks=True)
    assert client.post(reverse("login"), {"username": "developer", "password": PASSWORD}).status_code == 403


def test_pages_outside_projects_need_a_login(client, db):
    for name in ("dashboard", "project_create", "project_list"):
        assert client.get(reverse(name))["Location"].startswith(reverse("login"))


def test_the_login_and_reset_pages_are_open(client, db):
    for name in ("login", "password_reset"):
        assert client.get(reverse(name)).status_code == 200


def test_the_test_clients_login_works_alongside_the_throttle(client, developer):
    assert client.login(username="developer", password=PASSWORD)


def test_the_client_address_comes_from_the_trusted_proxy_only_when_configured(rf, settings):
    from tec.accounts.throttling import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 10.0.0.9", REMOTE_ADDR="10.0.0.1")
    settings.TEC_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"
    settings.TEC_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.9"


def test_the_reset_mail_says_which_tec_account_it_is_for(client, developer, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.post(reverse("password_reset"), {"email": "developer@example.org"})
    message = mail.outbox[0]
    assert message.subject == "Reset your TEC password"
    assert '"developer"' in message.body and "/accounts/reset/" in message.body and "&#x27;" not in message.body


def test_a_used_or_broken_reset_link_offers_a_new_link_and_no_form(client, developer):
    page = client.get(reverse("password_reset_confirm", args=["MQ", "set-password"])).content.decode()
    assert "invalid or was already used" in page and reverse("password_reset") in page
    assert "<form method=\"post\" novalidate>" not in page and "Set password</button>" not in page


@pytest.mark.parametrize("name,title", [
    ("password_reset", "Reset your password"), ("password_reset_done", "Check your email"),
    ("password_reset_complete", "Password set"), ("password_change", "Change password"),
    ("password_change_done", "Password changed"),
])
def test_every_account_page_has_a_title(client, developer, name, title):
    client.force_login(developer)
    page = client.get(reverse(name)).content.decode()
    assert f"<title>{title} · TEC" in page


def test_the_lockout_page_says_for_how_long_and_how_to_recover(client, developer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "developer", "guess")
    page = log_in(client, "developer").content.decode()
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    assert f'<span id="cooloff">{minutes} minutes</span>' in page
    assert "<strong>developer</strong>" in page and reverse("password_reset") in page
