"""`digest send` against a real SMTP server (aiosmtpd) on 127.0.0.1, started by each test."""

from __future__ import annotations

import email
import email.policy
import socket
from pathlib import Path

import pytest

from digest.build import build
from digest.cli import main
from digest.config import load_config
from digest.errors import DigestError
from digest.send import (
    find_edition,
    make_message,
    read_addresses,
    send_message,
    smtp_target,
)

aiosmtpd = pytest.importorskip("aiosmtpd.controller")
REPO = Path(__file__).resolve().parent.parent


class Handler:
    """Accepts mail; `nobody@` is refused for good, `busy@` once for now."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.busy_seen = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 no such mailbox"
        if address.startswith("busy@") and not self.busy_seen:
            self.busy_seen = True
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Handler()
    controller = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("send") / "out"
    build(load_config(REPO / "digest.yaml"), out, search=False, cache=False)
    return out


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_send_delivers_one_multipart_alternative_message(built, smtp_server, capsys):
    handler, port = smtp_server
    code = main(
        [
            "--config", str(REPO / "digest.yaml"), "send", "2020-W11",
            "--smtp", f"127.0.0.1:{port}", "--from", "Briefing desk <desk@example.org>",
            "--to", "reader@example.org", "--output", str(built),
        ]
    )  # fmt: skip
    assert code == 0
    assert "sent 2020-W11 to 1 of 1 address" in capsys.readouterr().out
    assert len(handler.received) == 1
    sender, recipients, raw = handler.received[0]
    assert (sender, recipients) == ("desk@example.org", ["reader@example.org"])
    message = parse(raw)
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == (
        "ISIS Resurgence Briefing: Week 11 · 9–15 March 2020 — Taji twice, and an oil shock"
    )
    assert message["To"] == "undisclosed-recipients:;"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    text, html = text.replace("\r\n", "\n"), html.replace("\r\n", "\n")  # SMTP lines end in CRLF
    assert text == (built / "issues/2020-w11/email.txt").read_text(encoding="utf-8")
    assert html == (built / "issues/2020-w11/email.html").read_text(encoding="utf-8")


def test_batches_retries_and_per_address_failures(built, smtp_server):
    handler, port = smtp_server
    _id, subject, text, html = find_edition(built, "latest")
    message = make_message(subject, text, html, "desk@example.org")
    recipients = ["a@example.org", "busy@example.org", "nobody@example.org", "b@example.org"]
    waits = []
    report = send_message(
        message, recipients, smtp_target(f"127.0.0.1:{port}", "auto"), batch=3, sleep=waits.append
    )
    assert report.batches == 2
    assert sorted(report.sent) == ["a@example.org", "b@example.org", "busy@example.org"]
    assert [address for address, _ in report.failed] == ["nobody@example.org"]
    assert report.failed[0][1].startswith("550")
    assert waits  # the temporary failure was retried after a pause
    delivered = sorted(r for _s, rcpts, _raw in handler.received for r in rcpts)
    assert delivered == ["a@example.org", "b@example.org", "busy@example.org"]


def test_cli_reports_each_failed_address_and_exits_1(built, smtp_server, tmp_path, capsys):
    _handler, port = smtp_server
    listing = tmp_path / "readers.txt"
    listing.write_text("# readers\none@example.org\n\nnobody@example.org  # gone\n")
    code = main(
        [
            "send", "latest", "--smtp", f"127.0.0.1:{port}", "--from", "desk@example.org",
            "--to-file", str(listing), "--output", str(built),
        ]
    )  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "nobody@example.org: error: not sent: 550" in err


def test_dry_run_prints_the_message_and_sends_nothing(built, smtp_server, capsys):
    handler, port = smtp_server
    code = main(
        [
            "send", "2020-w11", "--smtp", f"127.0.0.1:{port}", "--from", "desk@example.org",
            "--to", "a@example.org", "--to", "a@example.org", "--dry-run", "--output", str(built),
        ]
    )  # fmt: skip
    assert code == 0
    captured = capsys.readouterr()
    assert "multipart/alternative" in captured.out and "Subject: " in captured.out
    assert "1 address in 1 batch" in captured.err
    assert handler.received == []


def test_a_draft_or_unbuilt_issue_is_never_sent(fixture_site, tmp_path):
    folder = fixture_site / "content" / "articles" / "2023"
    (folder / "2023-05-02-draft.md").write_text(
        "---\ntitle: Unfinished draft\ndate: 2023-05-02\ndraft: true\n---\nBody.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(load_config(fixture_site / "digest.yaml"), out, drafts=True, search=False, cache=False)
    with pytest.raises(DigestError, match="a draft issue has none"):
        find_edition(out, "2023-W18")
    with pytest.raises(
        DigestError, match="no such issue in the built site, whose latest is 2023-W13"
    ):
        find_edition(out, "2024-W01")
    with pytest.raises(DigestError, match="build it first"):
        find_edition(tmp_path / "never-built", "2024-W01")
    with pytest.raises(DigestError, match="not an issue id"):
        find_edition(out, "../../etc")


def test_bad_usage_is_reported_not_crashed(built, tmp_path, capsys):
    listing = tmp_path / "readers.txt"
    listing.write_text("ok@example.org\nnot an address\n")
    found, problems = read_addresses(listing)
    assert found == ["ok@example.org"]
    assert [str(p) for p in problems] == [
        f"{listing}:2: error: not an e-mail address: 'not an address'"
    ]
    assert main(["send", "latest", "--output", str(built), "--to", "x@example.org"]) == 1
    assert "--from" in capsys.readouterr().err


def test_password_never_crosses_an_unencrypted_link_to_another_host():
    with pytest.raises(DigestError, match="without TLS"):
        smtp_target("mail.example.org:25", "none", "user", "secret")
    assert smtp_target("mail.example.org", "auto").security == "starttls"
    assert smtp_target("mail.example.org:465", "auto").security == "tls"
    assert (smtp_target("[::1]:2525", "auto").host, smtp_target("[::1]:2525", "auto").port) == (
        "::1",
        2525,
    )
    assert "secret" not in repr(smtp_target("127.0.0.1:25", "none", "u", "secret"))


def test_login_comes_from_the_environment(built, monkeypatch, capsys):
    from aiosmtpd.smtp import AuthResult

    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((mechanism, auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Handler()
    controller = aiosmtpd.Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,  # loopback only: digest never logs in unencrypted elsewhere
    )
    controller.start()
    try:
        args = ["send", "latest", "--smtp", f"127.0.0.1:{port}", "--from", "desk@example.org"]
        args += ["--to", "a@example.org", "--output", str(built)]
        monkeypatch.setenv("DIGEST_SMTP_USER", "desk")
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong")
        assert main(args) == 1
        assert "login refused" in capsys.readouterr().err
        monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "s3cret")
        assert main(args) == 0
    finally:
        controller.stop()
    assert logins[-1][1:] == (b"desk", b"s3cret")
    assert len(handler.received) == 1


def test_the_date_header_names_its_zone():
    """'-0000' says the sender's zone is unknown (RFC 5322 3.3), which some filters score as
    a sign of a careless sender: the date is given in UTC, '+0000'."""
    from email.utils import parsedate_to_datetime

    message = make_message("Subject", "Text.", "<p>Text.</p>", "desk@example.org")
    assert message["Date"].endswith(" +0000")
    assert parsedate_to_datetime(message["Date"]).utcoffset().total_seconds() == 0
