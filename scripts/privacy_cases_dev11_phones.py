"""Phone numbers for the dev11 privacy set (``privacy_cases_dev11.py``): drawn by the generator of
``privacy_cases_dev12_phones`` (each country's plan and printed forms; that module says how), with
dev11's own counts.
"""

from __future__ import annotations

from privacy_cases_dev12_phones import phone  # noqa: F401

PHONE_COUNTS = {"US": 17, "IN": 12, "BR": 6, "GB": 5, "DE": 5, "MX": 4, "ID": 4, "PH": 4, "NG": 4, "FR": 4, "JP": 3, "CA": 3, "PK": 3, "IT": 3,
                "ES": 3, "TR": 2, "VN": 2, "EG": 2, "BD": 2, "KR": 2, "AU": 2, "ZA": 2, "KE": 2, "CO": 2, "AR": 2, "PL": 2, "NL": 2, "TH": 2,
                "RU": 2, "MY": 1, "SA": 1, "AE": 1, "SG": 1, "NZ": 1, "GH": 1, "MA": 1, "PE": 1, "CL": 1, "SE": 1, "CN": 1}
