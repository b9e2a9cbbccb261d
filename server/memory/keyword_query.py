"""The keyword index's query language: a question's words as a safe FTS5 ``MATCH`` expression."""

from __future__ import annotations

import re

# Words too common in questions to say anything about a memory ("when did I have coffee").
STOPWORDS = frozenset(
    (
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from",
        "had", "has", "have", "having", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my",
        "myself", "of", "on", "or", "our", "over", "so", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    )
)
# A decimal, a clock time or a version ("5.5", "17:30", "1:1") stays one token: quoted, FTS5 reads
# it as a phrase of its parts, so "5.5 km" no longer matches every memory with a 5 in it.
_TOKEN = re.compile(r"\d+(?:[.:,]\d+)+|\w+", re.UNICODE)
MAX_QUERY_TERMS = 32


def query_terms(text: str) -> list[str]:
    """The query's words, lowercased and unique; stopwords are left out unless it has nothing else."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    words = [t for t in tokens if t not in STOPWORDS] or tokens
    return list(dict.fromkeys(words))[:MAX_QUERY_TERMS]


def fts_match(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression: the terms, quoted, joined with OR (None if no terms).

    Quoting every token means no user text is read as FTS5 syntax (``NEAR``, ``*``, ``"``, ``:``,
    ``-``, parentheses).
    """
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) or None


def fts_query(text: str) -> str | None:
    """``fts_match(query_terms(text))``."""
    return fts_match(query_terms(text))
