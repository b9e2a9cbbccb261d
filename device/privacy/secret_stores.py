"""Reads from a secret store: the words after them name a secret, they are not one.

``vault kv get -field=token secret/app``, ``bw get password router``, ``pass show email/work``,
``op item get Router --fields password``, ``aws secretsmanager get-secret-value --secret-id prod/db``:
the command prints a secret, and what follows it on the line (up to the end of the command: a
closing parenthesis or backtick, a pipe, a redirect, ``;``, ``&&``, a newline) is the item's name, path and
field. A detector that reads "password router-85" or "token secret/app" as a value is wrong there.

Only commands that read are listed; one that writes (``vault kv put secret/app password=x``,
``bw create``, ``pass insert``, ``op item create``) still carries the secret it stores.
"""

from __future__ import annotations

import re

from device.privacy.findings import Finding
from device.privacy.lazy_pattern import LazyPattern

_READS = (
    r"vault\s+(?:kv\s+)?(?:get|read|list)",
    r"bw\s+get",
    r"op\s+(?:read|item\s+get|get\s+item|inject)",
    r"pass\s+show|gopass\s+(?:show|cat)|lpass\s+show|passage\s+show",
    r"keepassxc-cli\s+(?:show|clip|ls)",
    r"security\s+find-(?:generic|internet)-password",
    r"aws\s+secretsmanager\s+get-secret-value|aws\s+ssm\s+get-parameters?(?:-by-path)?",
    r"gcloud\s+secrets\s+versions\s+access",
    r"az\s+keyvault\s+secret\s+show",
    r"kubectl\s+get\s+secrets?",
    r"doppler\s+secrets\s+get|infisical\s+secrets\s+get|chamber\s+read|secret-tool\s+lookup",
)
_STORE_READ = LazyPattern(r"(?<![\w./-])(?:" + "|".join(_READS) + r")(?![\w-])[^\n|;&)`<>]*")
# The option right before a value inside a read, when it holds what opens the store ("--session KEY",
# "-token=T"); a store's options naming the item ("--secret=db", "--password" for "print the
# password") do not. A bare "name=value" with a secret's name is a value whatever the command.
_OPTION_BEFORE = re.compile(r"(?<![\w-])(?:--?([\w-]+)(?:[ \t]+|=)|([A-Za-z_][\w-]*)=)[\"']?$")
_OPENS_STORE = re.compile(r"(?i)session|token|auth|cred|passphrase|master|api[-_]?key")
_SECRET_NAME = re.compile(r"(?i)pass|secret|key|token|pwd")
_HINTS = ("vault", "bw ", "op ", "pass", "keepassxc", "security ", "aws ", "gcloud", "az ", "kubectl", "doppler",
          "infisical", "chamber", "secret-tool")


def store_reads(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are the arguments of a secret-store read (command word included)."""
    if not any(hint in text for hint in _HINTS):
        return []
    return [match.span() for match in _STORE_READ.finditer(text)]


def outside_store_reads(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` less the findings that lie inside a secret-store read's arguments, but for the value of
    an option that says it holds a secret (``bw get item x --session KEY``, ``vault read -token=T``)."""
    spans = store_reads(text)
    if not spans:
        return found
    return [f for f in found if _secret_option_before(text, f.start)
            or not any(start <= f.start and f.end <= end for start, end in spans)]


def _secret_option_before(text: str, start: int) -> bool:
    option = _OPTION_BEFORE.search(text, max(0, start - 40), start)
    if option is None:
        return False
    if option.group(1) is not None:
        return _OPENS_STORE.search(option.group(1)) is not None
    return _SECRET_NAME.search(option.group(2)) is not None
