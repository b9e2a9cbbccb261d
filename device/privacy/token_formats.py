"""Issuer token formats that detect-secrets 1.5 predates or lacks (its OpenAI pattern knows only the old "T3BlbkFJ" keys):
OpenAI, Anthropic, GitHub, GitLab, Google, Hugging Face, Stripe, Slack, Telegram bot tokens, Terraform Cloud and more.

Most start with their issuer's own letters ("ghp_", "glpat-", "AIza"), and the alternatives are grouped by first letter
(``fast_compile``), so each position of a text tries a few of them (51 us a labelled line before, 5 us after). The two
that start with any letter or digit, Terraform Cloud's ("<14 characters>.atlasv1.<token>") and a Telegram bot's
("bot<id>:<token>"), are looked for apart, only in a text that holds ".atlasv1." or "bot". Pure functions of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from device.privacy.alternation import fast_compile

_FORMATS = fast_compile(
    r"\bsk-(?:proj|svcacct|admin|ant-(?:api|admin)\d\d)-[A-Za-z0-9_-]{20,}|\bsk-[A-Za-z0-9]{32,}"  # OpenAI, Anthropic; OpenAI-style ones
    r"|\bgithub_pat_[A-Za-z0-9_]{22,}|\bgh[pousr]_[A-Za-z0-9]{30,}"  # GitHub (also shorter legacy ones)
    r"|\bglpat-[A-Za-z0-9_-]{20,}"  # GitLab personal tokens
    r"|\bAIza[0-9A-Za-z_-]{35}"  # Google API keys
    r"|\bhf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|\bntn_[A-Za-z0-9]{40,}|\bsecret_[A-Za-z0-9]{43}\b"  # Notion integration tokens (the 2024 form, and the older one)
    r"|\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}"  # Stripe, test keys too
    r"|\bxox[abposr]-[A-Za-z0-9-]{10,}"  # Slack tokens in any layout
    r"|\bnpm_[A-Za-z0-9]{36}|\bpypi-[A-Za-z0-9_-]{50,}|\bdop_v1_[a-f0-9]{64}|\bshp(?:at|ss|ca)_[a-fA-F0-9]{32}"
    r"|\bAKIA[0-9A-Z]{16}\b"
    r"|\btether_[0-9a-f]{8,}_[A-Za-z0-9_-]{16,}"  # Tether's own API tokens
    r"|\bkey-[0-9a-f]{32}\b|\bPMAK-[0-9a-f]{24}-[0-9a-f]{34}\b"  # Mailgun, Postman
    r"|\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}"  # Firebase Cloud Messaging legacy server keys
    r"|\bLTAI[A-Za-z0-9]{12,30}\b"  # Alibaba Cloud AccessKey ids
    r"|\bNRAK-[A-Za-z0-9]{27}\b|\bNRI[IQ]-[A-Za-z0-9_-]{32}"  # New Relic user and Insights keys (not NRJS, the browser's)
    r"|\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{40,}"  # Salesforce session ids (org id, "!", the session)
    r"|\bhv[sb]\.[A-Za-z0-9_-]{24,}|\bs\.(?=[A-Za-z0-9]{0,23}\d)(?=[A-Za-z0-9]{0,23}[a-z])(?=[A-Za-z0-9]{0,23}[A-Z])"
    r"[A-Za-z0-9]{24}\b"  # HashiCorp Vault tokens (and the older s. form)
    r"|\bGOCSPX-[A-Za-z0-9_-]{28}|\bya29\.[A-Za-z0-9_-]{30,}"  # Google OAuth client secrets and access tokens
    r"|\bdapi[a-f0-9]{32}\b|\bglsa_[A-Za-z0-9]{32}_[a-f0-9]{8}\b|\bdckr_pat_[A-Za-z0-9_-]{27,}"  # Databricks, Grafana, Docker Hub
    r"|\bgsk_[A-Za-z0-9]{52}\b|\bpplx-[A-Za-z0-9]{48}\b|\br8_[A-Za-z0-9]{37}\b|\blin_api_[A-Za-z0-9]{40}\b"  # Groq, Perplexity,
    r"|\bsntrys_[A-Za-z0-9+/=_-]{50,}"  # Replicate, Linear; Sentry's organisation tokens
    r"|\bsk-or-v1-[a-f0-9]{64}"  # OpenRouter
)


_TERRAFORM = re.compile(r"\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}")  # Terraform Cloud / Enterprise API tokens
_TELEGRAM = re.compile(r"(?<=/bot)\d{8,10}:[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])|(?<=[^/]bot)\d{8,10}:[A-Za-z0-9_-]{35}(?:/\w+)?(?![A-Za-z0-9_-])")


def token_format_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of tokens in ``text`` written in one of these issuers' formats."""
    for match in _FORMATS.finditer(text):
        yield match.span()
    if ".atlasv1." in text:
        for match in _TERRAFORM.finditer(text):
            yield match.span()
    if "bot" in text:
        for match in _TELEGRAM.finditer(text):
            yield match.span()
