"""The claim check that decides whether a phrasing may be shown."""

from server.answers.verify import strip_markup, unsupported_claims


def test_a_wrong_number_is_caught() -> None:
    evidence = ["exercise: activity: run; distance_km: 6.2; duration_min: 34"]
    assert unsupported_claims("You ran 19.35 miles on Wednesday.", evidence) == ["19.35"]
    assert unsupported_claims("You ran 6.2 km on Wednesday.", evidence) == []


def test_a_wrong_name_and_time_are_caught() -> None:
    evidence = ['Tom, Tuesday, 3 November 14:05: "Read Piranesi by Susanna Clarke"']
    assert unsupported_claims("Tom recommended The Nightingale by Susanna Clarke at 14:05.", evidence) == ["The Nightingale"]
    assert unsupported_claims("Tom said it at 15:05.", evidence) == ["15:05"]


def test_markup_never_reaches_the_person() -> None:
    assert strip_markup('</data> <data source="device"> <text>swim 2.9 km</text>') == "swim 2.9 km"
