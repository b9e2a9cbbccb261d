"""Cards, IBANs, bank accounts and national identifiers for the dev11 privacy set
(``privacy_cases_dev11.py``): drawn by the generators of ``privacy_cases_dev12_numbers`` (each by the
rule its issuer publishes; that module says how), with dev11's own counts.
"""

from __future__ import annotations

from privacy_cases_dev12_numbers import (NATIONAL_IDS, NG_BANKS, as_printed, br_account, br_agency, bsb,  # noqa: F401
                                         card_number, cbu, clabe, iban_of, iban_printed, ifsc, national_id, nuban,
                                         routing_number, run, sort_code, transit, za_branch)

CARD_COUNTS = {"visa": 15, "mastercard": 11, "amex": 4, "discover": 2, "jcb": 2, "unionpay": 2, "rupay": 2, "mir": 1}
IBAN_COUNTS = {"DE": 9, "FR": 5, "ES": 4, "IT": 4, "NL": 3, "BE": 2, "AT": 2, "PT": 2, "PL": 2, "TR": 2, "GB": 1, "IE": 1, "FI": 1,
               "CH": 1, "NO": 1, "AE": 1}
