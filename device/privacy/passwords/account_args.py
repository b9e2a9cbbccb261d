"""Passwords given to a command right after the account they open, whatever the tool: "opensipsctl add foilnight_backup
X", "v-add-user deploy_sync 'X' ...", "sqlline> !connect jdbc:... reader_ro X", "changepass.pl /etc/webmin web_admin 'X'", and "USER/X@HOST" without a scheme.

Tools that take an account and then its password as plain arguments are too many to list one by one (``commands``
lists those whose forms are known). What they share: a service account's name (a word and a role after an underscore,
"backup_ro", "svc_mail", or an e-mail address), then, as the next argument or the one after it (a host or a domain may
stand between), a value that can only be made up. Only on a command line (a shell's, a console's or a REPL's prompt
first), and only such values: a capitalised word and digits ("Ledgerline2207"), a word with a digit for a letter, words
joined by one mark and then digits, or a value with upper and lower case, a digit and a symbol; not a path, an address,
an option, a file, a version or a lower-case name ("mydb20240101"). A console's user-creating command ("bin/console
pim:user:create NAME 'X' ...", "claroline:user:create -a FIRST LAST NAME 'X' ...") gives its password quoted among the
account's other arguments: the quoted value of those shapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.passwords.values import strongly_made_up

_PROMPT = re.compile(r"(?:^|:[ \t]+)\s*(?:[$#%]|[\w.:/\\-]{1,40}(?:[>$#%]|:\\?\S*>)|PS\s+[^>\n]{0,60}>|[A-Za-z]:\\[^>\n]{0,60}>)\s+")
"""A shell's, PowerShell's, cmd's or a tool's console prompt ("$ ", "# ", "C:\\> ", "PS C:\\> ", "sqlline> ", "db2> ")."""
_ROLES = (r"ro|rw|admin|adm|svc|sync|ops|backup|bak|cron|ci|bot|user|relay|api|app|service|deploy|agent|reader|writer|"
          r"monitor|mon|report|etl|job|batch|import|export|replica|repl|dba|root|sa")
_ACCOUNT = re.compile(r"(?<![^\s'\"(,])(?:\.\\|[A-Za-z][\w-]*\\)?(?:[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*_(?:" + _ROLES + r")"
                      r"|(?:svc|sa|srv)_[a-z0-9_]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?=['\"]?(?:\s|,|$))")
_ACCOUNT_SLASH = re.compile(r"(?<![\w/.:-])[A-Za-z][\w.-]*/(?P<v>[^\s/@:'\"]{6,})@[\w-]+(?:\.[\w-]+)+(?::\d+)?(?=[/\s]|$)")
"""A user, a slash, the password, "@" and the host, with no scheme before it (sqlplus's form, used by other clients)."""
_ARG = re.compile(r"\s*,?\s*(['\"]?)(?P<v>[^\s'\",()]+)\1")
_NOT_VALUE = re.compile(r"(?i)://|[/\\@=<>|;{}\[\]$`]|^-|^\d[\d.:-]*$|\.(?:com|org|net|io|lan|local|arpa|txt|json|ya?ml|conf|cfg|ini|log|sh|py|sql|csv|gz|zip|pem|key)$")
_MIXED = re.compile(r"(?=\S*[A-Z])(?=\S*[a-z])(?=\S*[\d!*#%&?^~+])\S{10,}")
"""Ten or more characters with both cases and a digit or a symbol ("UGCD8of*PRjeOLEF")."""
_SHAPES = re.compile(r"[A-Z][a-z]{3,}\d{2,}[^\w\s]?|[A-Za-z]*[a-z][0134578][a-z]{2,}[A-Za-z]*\d{2,4}[^\w\s]?"
                     r"|[a-z]{3,}([.+_-])[a-z]{3,}(?:\1[a-z]{3,})*\1?\d{1,4}")
"""A capitalised word and digits, a word with a digit for a letter then digits, words joined by one mark then digits."""


def find_account_arg_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of made-up values given to a command right after a service account's name."""
    if "\n" in text or not ("$ " in text or "# " in text or "% " in text or ">" in text):
        return  # no prompt: the search below would try every position of every text
    prompt = _PROMPT.search(text)  # at the start, or after a note's colon ("... sewing basket: # v-add-user ...")
    if prompt is None:
        return
    for joined in _ACCOUNT_SLASH.finditer(text, prompt.end()):  # qpid-config -b USER/PASSWORD@HOST:5672
        if strongly_made_up(joined.group("v")) or _SHAPES.fullmatch(joined.group("v")):
            yield joined.span("v")
    for account in _ACCOUNT.finditer(text, prompt.end()):
        position = account.end() + (1 if text[account.end():account.end() + 1] in "'\"" else 0)
        for _ in range(2):  # the next argument, or the one after a host or a domain
            arg = _ARG.match(text, position)
            if arg is None:
                break
            value = arg.group("v")
            if not _NOT_VALUE.search(value) and (strongly_made_up(value) or _SHAPES.fullmatch(value) or _MIXED.fullmatch(value)):
                yield arg.span("v")
                break
            position = arg.end()


_USER_CREATE = re.compile(r"(?i)(?<![\w-])(?:[\w-]+:)*(?:user[:_-]?(?:create|add)|(?:create|add)[:_-]?user)(?![\w-])")
"""A console command that creates an account ("pim:user:create", "claroline:user:create", "user:add", "create-user")."""
_QUOTED = re.compile(r"(['\"])(?P<v>[^'\"\s]{6,})\1")
_COMMAND_END = re.compile(r"&&|\|\||[;|#\n]")


def find_user_create_passwords(text: str) -> Iterator[tuple[int, int]]:
    """Spans of made-up quoted values given to a console's user-creating command, up to the command's end."""
    for command in _USER_CREATE.finditer(text):
        end = _COMMAND_END.search(text, command.end())
        for quoted in _QUOTED.finditer(text, command.end(), end.start() if end else len(text)):
            value = quoted.group("v")
            if not _NOT_VALUE.search(value) and (strongly_made_up(value) or _SHAPES.fullmatch(value) or _MIXED.fullmatch(value)):
                yield quoted.span("v")
                break
