"""Sending notices: e-mail through the admin's SMTP server, and signed JSON webhooks, each retried with backoff.

    options = DeliveryOptions.from_settings({"smtp_host": "mail.example.com", "smtp_port": 587, ...})
    result = send_email(options, ["ops@example.com"], "Subject", "body")   # Result(ok, tries, error)

**Webhook signature.** The body is JSON; the request carries `X-Earshot-Timestamp` (Unix seconds) and
`X-Earshot-Signature: sha256=<hex>`, the HMAC-SHA256 with the rule's shared secret of
`<timestamp>.<body>`. A receiver recomputes it (`signature(secret, timestamp, body)`), compares in
constant time, and rejects old timestamps.

**Retries.** A failure to connect, a timeout, an SMTP error or an HTTP status of 5xx or 429 is retried
`retries` times after `backoff_s`, doubling each time; a 4xx answer or a refused login is not (retrying
cannot fix it). Whatever fails is reported back to the caller, which keeps the notice for the next check.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from email.message import EmailMessage
from typing import Any

PASSWORD_ENV = "EARSHOT_SMTP_PASSWORD"
BASE_URL_ENV = "EARSHOT_BASE_URL"
SECURITY_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class DeliveryOptions:
    """Where notices go and how hard to try."""

    smtp_host: str = ""  # empty: e-mail is not configured
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls (587) | ssl (implicit TLS, 465) | none (a relay on localhost)
    smtp_username: str = ""  # empty: no authentication
    smtp_password: str = ""  # better given as $EARSHOT_SMTP_PASSWORD than stored in the database
    smtp_sender: str = "earshot@localhost"
    smtp_ca_file: str = ""  # a private CA's certificate (PEM) to trust besides the system's
    base_url: str = "http://localhost:8501"  # the app's address, for the links in notices ($EARSHOT_BASE_URL)
    timeout_s: float = 10.0  # per connection attempt
    retries: int = 3  # attempts after the first
    backoff_s: float = 1.0  # wait before the first retry; doubles each time

    def __post_init__(self) -> None:
        if self.smtp_security not in SECURITY_MODES:
            raise ValueError(f"smtp_security {self.smtp_security!r}: one of {', '.join(SECURITY_MODES)}")
        if not 0 < int(self.smtp_port) < 65536:
            raise ValueError(f"smtp_port {self.smtp_port}: not a port number")
        if self.retries < 0 or self.backoff_s < 0 or self.timeout_s <= 0:
            raise ValueError("retries and backoff_s must be 0 or more, timeout_s above 0")

    @classmethod
    def from_settings(cls, values: Mapping[str, Any] | None) -> DeliveryOptions:
        """From the stored settings (unknown keys refused), the environment filling the password and base URL."""
        values = dict(values or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown delivery setting(s): {', '.join(unknown)}")
        if os.environ.get(PASSWORD_ENV):
            values["smtp_password"] = os.environ[PASSWORD_ENV]
        if os.environ.get(BASE_URL_ENV):
            values["base_url"] = os.environ[BASE_URL_ENV]
        return cls(**values)


@dataclass(frozen=True)
class Result:
    ok: bool
    tries: int
    error: str = ""


class _Permanent(Exception):
    """A failure retrying cannot fix (a refused login, a 4xx answer)."""


def _with_retries(options: DeliveryOptions, attempt: Callable[[], None]) -> Result:
    delay = options.backoff_s
    last = ""
    for tries in range(1, options.retries + 2):
        try:
            attempt()
            return Result(True, tries)
        except _Permanent as exc:
            return Result(False, tries, str(exc))
        except (OSError, smtplib.SMTPException, urllib.error.URLError) as exc:
            last = f"{type(exc).__name__}: {exc}"
        if tries <= options.retries:
            time.sleep(delay)
            delay *= 2
    return Result(False, options.retries + 1, last)


def send_email(options: DeliveryOptions, to: Sequence[str], subject: str, body: str, html: str | None = None) -> Result:
    if not options.smtp_host:
        return Result(False, 0, "no SMTP server configured (python -m pipeline alerts smtp)")
    message = EmailMessage()
    message["From"] = options.smtp_sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    context = ssl.create_default_context(cafile=options.smtp_ca_file or None)

    def attempt() -> None:
        if options.smtp_security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                options.smtp_host, options.smtp_port, timeout=options.timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(options.smtp_host, options.smtp_port, timeout=options.timeout_s)
        with client:
            if options.smtp_security == "starttls":
                client.starttls(context=context)
            if options.smtp_username:
                try:
                    client.login(options.smtp_username, options.smtp_password)
                except smtplib.SMTPAuthenticationError as exc:
                    raise _Permanent(f"SMTP login refused for {options.smtp_username}: {exc.smtp_code}") from exc
            client.send_message(message)

    return _with_retries(options, attempt)


def signature(secret: str, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def send_webhook(options: DeliveryOptions, url: str, secret: str, payload: Mapping[str, Any]) -> Result:
    body = json.dumps(payload, default=str, ensure_ascii=False).encode()

    def attempt() -> None:
        timestamp = str(int(time.time()))
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "User-Agent": "Earshot-alerts",
                "X-Earshot-Timestamp": timestamp,
                "X-Earshot-Signature": signature(secret, timestamp, body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=options.timeout_s) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 or exc.code == 429:
                raise
            raise _Permanent(f"the webhook answered HTTP {exc.code}") from exc

    return _with_retries(options, attempt)
