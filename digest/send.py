"""`digest send`: an issue's e-mail edition, as built, to a list of readers over SMTP.

The message is one multipart/alternative (the edition's plain text, then its HTML), read from
the built `issues/<id>/email.txt` and `email.html`: what readers get is what the build wrote
and the tests checked. A draft issue has no edition (digest/site/model.py), so it can never be sent.
Recipients go in the envelope only, in batches of `batch` addresses per transaction (the
header says "undisclosed-recipients"), so no reader sees another's address. A temporary
failure (a 4xx reply, a dropped connection) is retried; a permanent one (5xx) is reported per
address and the rest are still sent. The password comes from the environment or digest.yaml,
never from the command line, and is never sent over an unencrypted connection to another host.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

from digest.errors import DigestError, Problem
from digest.render.edition import subject_of
from digest.site.model import EDITION_HTML, EDITION_TEXT, issue_url

ENV_USER, ENV_PASSWORD = "DIGEST_SMTP_USER", "DIGEST_SMTP_PASSWORD"
SECURITY = ("auto", "starttls", "tls", "none")
_EDITION_ID = re.compile(r'<meta name="digest-edition" content="([^"]+)">')
_ISSUE_ID = re.compile(r"^(\d{4})-[wW](\d{2})$")


@dataclass(frozen=True, slots=True)
class SmtpTarget:
    host: str
    port: int
    security: str  # starttls | tls | none (auto already decided)
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 30.0

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (address, the server's reason)
    batches: int


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def smtp_target(
    address: str,
    security: str,
    user: str = "",
    password: str = "",
) -> SmtpTarget:
    """`HOST:PORT` (or `HOST`, `[v6]:PORT`) and a security choice; `auto` picks TLS on port 465,
    none on this machine's loopback, else STARTTLS."""
    if address.startswith("["):  # [::1]:25
        host, _, rest = address[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif address.count(":") == 1:
        host, _, port_text = address.partition(":")
    else:
        host, port_text = address, ""
    host = host.strip("[]")
    if not host:
        raise DigestError([Problem(f"--smtp {address!r}: no host")])
    if port_text and not port_text.isdigit():
        raise DigestError([Problem(f"--smtp {address!r}: the port must be a number")])
    port = int(port_text) if port_text else 0
    if security == "auto":
        security = "tls" if port == 465 else "none" if is_loopback(host) else "starttls"
    if security not in SECURITY:
        raise DigestError([Problem(f"smtp security must be one of {', '.join(SECURITY)}")])
    if not port:
        port = 465 if security == "tls" else 25 if security == "none" else 587
    if password and security == "none" and not is_loopback(host):
        raise DigestError(
            [Problem(f"refusing to send the SMTP password to {host} without TLS (use --security)")]
        )
    return SmtpTarget(host, port, security, user, password)


def find_edition(output_dir: Path, issue: str) -> tuple[str, str, str, str]:
    """(issue id, subject, text, html) of the built edition of `issue` (2023-W12, or "latest")."""
    issues = output_dir / "issues"
    if issue == "latest":
        built = sorted(p.parent.name for p in issues.glob("*/" + EDITION_HTML))
        if not built:
            raise DigestError(
                [Problem(f"{output_dir}: no e-mail edition built yet (digest build)")]
            )
        issue = built[-1]
    match = _ISSUE_ID.match(issue)
    if not match:
        raise DigestError([Problem(f"{issue!r} is not an issue id (like 2023-W12, or latest)")])
    issue_id = f"{match.group(1)}-W{match.group(2)}"
    folder = output_dir / issue_url(issue_id)
    html_path, text_path = folder / EDITION_HTML, folder / EDITION_TEXT
    if not html_path.is_file() or not text_path.is_file():
        if (folder / "index.html").is_file():
            why = "a draft issue has none"
        elif built := sorted(p.parent.name for p in issues.glob("*/" + EDITION_HTML)):
            # a mistyped week, or one whose articles came after the last build
            latest = built[-1].upper()
            why = f"no such issue in the built site, whose latest is {latest}: check the week, "
            why += "or build again"
        else:
            why = "build it first"
        raise DigestError([Problem(f"no e-mail edition of {issue_id} ({why})", str(folder))])
    try:
        html = html_path.read_text(encoding="utf-8")
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DigestError(
            [Problem(f"cannot read the e-mail edition: {exc}", str(folder))]
        ) from None
    marked = _EDITION_ID.search(html)
    if marked is None or marked.group(1) != issue_id:
        raise DigestError([Problem("not an e-mail edition made by digest build", str(html_path))])
    subject = subject_of(html)
    if not subject:
        raise DigestError([Problem("the e-mail edition has no <title>", str(html_path))])
    return issue_id, subject, text, html


def read_addresses(path: Path) -> tuple[list[str], list[Problem]]:
    """One address a line; blank lines and `#` comments skipped; each bad line a problem."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(f"cannot read the address list: {exc}", str(path))]
    found, problems = [], []
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        address = check_address(line)
        if address is None:
            problems.append(Problem(f"not an e-mail address: {line!r}", str(path), number))
        else:
            found.append(address)
    return found, problems


def check_address(text: str) -> str | None:
    """The bare address of `text` (`Name <a@b.org>` or `a@b.org`), or None when it is not one."""
    _name, address = parseaddr(text)
    if not address or "\n" in text or "\r" in text:
        return None
    try:
        Address(addr_spec=address)
    except (ValueError, IndexError):
        return None
    local, _, domain = address.rpartition("@")
    return address if (local and "." in domain.strip(".")) or domain == "localhost" else None


def make_message(subject: str, text: str, html: str, sender: str) -> EmailMessage:
    """One multipart/alternative message: the text part first, the HTML part preferred."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = "undisclosed-recipients:;"
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))  # "+0000", not "-0000"
    domain = parseaddr(sender)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(text, subtype="plain", cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message


def unique(addresses: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(a for a in addresses))


def send_message(
    message: EmailMessage,
    recipients: Sequence[str],
    target: SmtpTarget,
    *,
    batch: int = 50,
    retries: int = 2,
    pause: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Send `message` to `recipients` in batches over one connection (reopened if dropped)."""
    sender = parseaddr(str(message["From"]))[1]
    sent: list[str] = []
    failed: list[tuple[str, str]] = []
    connection: smtplib.SMTP | None = None
    batches = 0
    try:
        for start in range(0, len(recipients), batch):
            waiting = list(recipients[start : start + batch])
            batches += 1
            for attempt in range(retries + 1):
                last = attempt == retries
                try:
                    if connection is None:
                        connection = connect(target)
                    refused = connection.send_message(message, sender, waiting)
                except smtplib.SMTPRecipientsRefused as exc:
                    refused = exc.recipients
                except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                    reason = _reason(exc.smtp_code, exc.smtp_error)
                    if 400 <= exc.smtp_code < 500 and not last:
                        sleep(pause * (attempt + 1))
                        continue
                    failed += [(address, reason) for address in waiting]
                    break
                except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as exc:
                    _close(connection)
                    connection = None
                    if isinstance(exc, ssl.SSLError):  # a certificate will not fix itself
                        raise DigestError([Problem(f"{target.host}: {exc}")]) from None
                    if last:
                        failed += [(address, f"connection failed: {exc}") for address in waiting]
                        break
                    sleep(pause * (attempt + 1))
                    continue
                temporary = []
                for address in waiting:
                    if address not in refused:
                        sent.append(address)
                        continue
                    code, reply = refused[address]
                    if 400 <= code < 500 and not last:
                        temporary.append(address)
                    else:
                        failed.append((address, _reason(code, reply)))
                waiting = temporary
                if not waiting:
                    break
                sleep(pause * (attempt + 1))
    finally:
        if connection is not None:
            try:
                connection.quit()
            except (smtplib.SMTPException, OSError):
                _close(connection)
    return SendReport(tuple(sent), tuple(failed), batches)


def connect(target: SmtpTarget) -> smtplib.SMTP:
    """An open, greeted (and, when asked, encrypted and logged-in) connection."""
    context = ssl.create_default_context()
    if target.security == "tls":
        connection: smtplib.SMTP = smtplib.SMTP_SSL(
            target.host, target.port, timeout=target.timeout, context=context
        )
    else:
        connection = smtplib.SMTP(target.host, target.port, timeout=target.timeout)
    try:
        connection.ehlo()
        if target.security == "starttls":
            connection.starttls(context=context)
            connection.ehlo()
        if target.user:
            if target.security == "none" and not target.loopback:
                raise DigestError([Problem(f"refusing to log in to {target.host} without TLS")])
            connection.login(target.user, target.password)
    except smtplib.SMTPAuthenticationError as exc:
        _close(connection)
        raise DigestError(
            [Problem(f"{target.host}: login refused: {_reason(*exc.args)}")]
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        _close(connection)
        raise DigestError([Problem(f"{target.host}: {exc}")]) from None
    except BaseException:
        _close(connection)
        raise
    return connection


def _close(connection: smtplib.SMTP | None) -> None:
    if connection is not None:
        with contextlib.suppress(OSError):
            connection.close()


def _reason(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}"
