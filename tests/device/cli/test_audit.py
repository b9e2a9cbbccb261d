"""``tether audit`` as text: each batch sent, with what was redacted in it counted by kind and
never a redacted value."""

import json

from device.cli.main import main
from device.client.audit import AuditLog, entry_redactions, format_redactions


def test_text_output_counts_redactions_per_batch(capsys, tmp_path) -> None:
    log = AuditLog(tmp_path / "device" / "audit.jsonl")
    (tmp_path / "device").mkdir()
    log.record("server http://127.0.0.1:9", "POST /v1/observations",
               {"observations": [{"data": {"title": "call [phone] or [phone]"}},
                                 {"data": {"cmd": "mysql -p[secret]"}}]})
    log.record("server http://127.0.0.1:9", "POST /v1/chat", {"question": "how did I sleep?"})
    code = main(["audit", "--home", str(tmp_path)])
    out = capsys.readouterr().out
    first, second = out.splitlines()[:2]
    assert code == 0
    assert "2 observations" in first and first.endswith("(redacted: phone 2, secret 1)")
    assert "POST /v1/chat" in second and second.endswith("(redacted: nothing)")


def test_entries_from_before_the_counts_are_counted_from_their_body(tmp_path) -> None:
    old = {"at": "2026-11-20T09:00:00Z", "destination": "server", "route": "POST /v1/chat",
           "body": {"question": "mail [email], card [card]"}}
    (tmp_path / "audit.jsonl").write_text(json.dumps(old) + "\n")
    (entry,) = AuditLog(tmp_path / "audit.jsonl").entries()
    assert entry_redactions(entry) == {"card": 1, "email": 1}
    assert format_redactions({"secret": 0}) == "redacted: nothing"
