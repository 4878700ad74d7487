"""Alerts end to end: a real SMTP server (aiosmtpd, STARTTLS and a login) and a local webhook receiver
that checks the signature; an unreachable server is retried, reported, and nothing is lost."""

from __future__ import annotations

import datetime as dt
import hmac
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pipeline.insights.alerts import check_alerts
from pipeline.insights.delivery import DeliveryOptions, signature
from pipeline.store import alerts as store

BASE_URL = "https://earshot.example"
SECRET = "s3cret-shared"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return folder / "cert.pem", folder / "key.pem"


class Inbox:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=email_policy))
        return "250 OK"


def _login(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"earshot", b"mail-pass")
    return AuthResult(success=ok)


@pytest.fixture
def smtp_server(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, DeliveryOptions]]:
    """SMTP on localhost that requires STARTTLS and a login, as a real relay would."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="localhost",
        port=port,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=_login,
    )
    controller.start()
    options = DeliveryOptions(
        smtp_host="localhost",
        smtp_port=port,
        smtp_security="starttls",
        smtp_username="earshot",
        smtp_password="mail-pass",
        smtp_sender="earshot@example.com",
        smtp_ca_file=str(certificate[0]),
        base_url=BASE_URL,
        timeout_s=3,
        retries=1,
        backoff_s=0.01,
    )
    try:
        yield inbox, options
    finally:
        controller.stop()


class Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict]] = []
    fail_next = 0

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if Receiver.fail_next:
            Receiver.fail_next -= 1
            self.send_response(503)
            self.end_headers()
            return
        expected = signature(SECRET, self.headers["X-Earshot-Timestamp"], body)
        valid = hmac.compare_digest(expected, self.headers["X-Earshot-Signature"])
        Receiver.received.append({"valid": valid, "body": json.loads(body)})
        self.send_response(204 if valid else 401)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _serve(port: int) -> HTTPServer:
    server = HTTPServer(("127.0.0.1", port), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_email_alert_through_starttls_and_login_fires_once_per_call(insights_conn, smtp_server) -> None:
    db, _ = insights_conn
    inbox, options = smtp_server
    store.add_rule(db, "admin", "Customers calling again", "repeat_contact", "email", "ops@example.com", threshold=2)
    report = check_alerts(db, options=options)
    assert report.sent >= 2 and not report.failures
    assert len(inbox.messages) == 1
    body = inbox.messages[0].get_content()
    repeat_calls = [
        r[0]
        for r in db.execute("SELECT call_id FROM analysis WHERE contact_number >= 2 AND call_id LIKE 'hv-%'").fetchall()
    ]
    assert repeat_calls and all(f"{BASE_URL}/review?call={c}" in body for c in repeat_calls)
    assert "Customers calling again (" in inbox.messages[0]["Subject"]
    # Once per call: a second check finds nothing new and sends nothing.
    assert check_alerts(db, options=options).fired == 0 and len(inbox.messages) == 1
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'alert_sent'") == 1


def test_agent_scoped_rule_names_only_that_agents_calls(insights_conn, smtp_server) -> None:
    db, _ = insights_conn
    inbox, options = smtp_server
    store.add_rule(
        db,
        "admin",
        "My low scores",
        "score_above",
        "email",
        "ana@example.com",
        threshold=0.0,
        recipient_role="agent",
        agent_id="A-100",
    )
    check_alerts(db, options=options)
    body = inbox.messages[0].get_content()
    listed = {line.split("call=")[1].strip() for line in body.splitlines() if "call=" in line}
    agents = dict(db.execute("SELECT call_id, agent_id FROM calls").fetchall())
    assert listed and {agents[c] for c in listed} == {"A-100"}


def test_signed_webhook_is_retried_on_503_and_verified(insights_conn) -> None:
    db, _ = insights_conn
    port = _free_port()
    server = _serve(port)
    Receiver.received, Receiver.fail_next = [], 1
    try:
        store.add_rule(
            db,
            "admin",
            "Rising reasons",
            "reason_rising",
            "webhook",
            f"http://127.0.0.1:{port}/hook",
            secret=SECRET,
            recipient_role="executive",
        )
        options = DeliveryOptions(base_url=BASE_URL, timeout_s=2, retries=2, backoff_s=0.01)
        report = check_alerts(db, options=options)
    finally:
        server.shutdown()
    assert not report.failures and report.sent == 1
    assert len(Receiver.received) == 1 and Receiver.received[0]["valid"]
    item = Receiver.received[0]["body"]["items"][0]
    assert "is new" in item["summary"] or "is rising" in item["summary"]
    assert item["link"] == f"{BASE_URL}/drivers"
    sent = json.loads(db.scalar("SELECT detail FROM audit_log WHERE action = 'alert_sent'"))
    assert sent["tries"] == 2


def test_unreachable_server_is_retried_reported_and_nothing_lost(insights_conn) -> None:
    db, _ = insights_conn
    port = _free_port()  # nothing listens here yet
    store.add_rule(
        db,
        "admin",
        "Repeat callers",
        "repeat_contact",
        "webhook",
        f"http://127.0.0.1:{port}/hook",
        secret=SECRET,
        threshold=2,
    )
    options = DeliveryOptions(base_url=BASE_URL, timeout_s=1, retries=2, backoff_s=0.01)
    report = check_alerts(db, options=options)
    assert report.sent == 0 and len(report.failures) == 1 and "3 tries" in report.failures[0]
    failed = json.loads(db.scalar("SELECT detail FROM audit_log WHERE action = 'alert_failed'"))
    assert failed["tries"] == 3
    waiting = db.scalar("SELECT count(*) FROM alert_firings WHERE delivered_at IS NULL")
    assert waiting >= 2
    server = _serve(port)
    Receiver.received, Receiver.fail_next = [], 0
    try:
        again = check_alerts(db, options=options)
    finally:
        server.shutdown()
    assert again.fired == 0 and again.sent == waiting and not again.failures
    assert len(Receiver.received[0]["body"]["items"]) == waiting


def test_bad_rules_are_refused_with_the_field_named(insights_conn) -> None:
    db, _ = insights_conn
    with pytest.raises(ValueError, match="secret"):
        store.add_rule(db, "admin", "x", "repeat_contact", "webhook", "http://127.0.0.1:9/h")
    with pytest.raises(ValueError, match="agent_id"):
        store.add_rule(db, "admin", "x", "repeat_contact", "email", "a@b.c", recipient_role="agent")
    with pytest.raises(ValueError, match="signal"):
        store.add_rule(db, "admin", "x", "moon_phase", "email", "a@b.c")


def test_digest_by_role_and_the_agent_gets_only_their_own_calls(insights_conn, smtp_server) -> None:
    from pipeline.insights.digest import digests, send_digests

    db, _ = insights_conn
    inbox, options = smtp_server
    db.execute("UPDATE users SET email = username || '@example.com' WHERE username IN ('executive', 'agent')")
    built = digests(db, "week", base_url=BASE_URL)
    assert not send_digests(db, built, options)
    mail = {m["To"]: m.get_content() for m in inbox.messages}
    assert set(mail) == {"executive@example.com", "agent@example.com"}
    agents = dict(db.execute("SELECT call_id, agent_id FROM calls").fetchall())
    for to, body in mail.items():
        listed = {line.split("call=")[1].strip() for line in body.splitlines() if "call=" in line}
        assert "The five worst calls" in body and "drawn at random from the period, unfiltered" in body
        if to.startswith("agent"):
            assert listed and {agents[c] for c in listed} == {"A-100"}
            assert "Contact reasons rising" not in body
        else:
            assert len({agents[c] for c in listed}) > 1
            assert "Contact reasons rising" in body and "(new)" in body and "reason: " in body
    assert db.scalar("SELECT count(*) FROM audit_log WHERE action = 'digest_sent'") == 2
