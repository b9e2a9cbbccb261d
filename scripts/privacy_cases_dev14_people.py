"""The people of the dev14 privacy set (``privacy_cases_dev14.py``): dev12's, the same names, mail providers and domains (``privacy_cases_dev12_people.py``)."""

from privacy_cases_dev12_people import FOLKS, LOCAL_ORGS, ORGS, PROVIDERS, mailbox, person  # noqa: F401 - this set's people
