"""Date and timestamp helpers."""

import datetime

import clientary
import pytest


class TestParseDate:
    def test_both_separators(self) -> None:
        """Slashes and dashes give the same day."""
        assert clientary.parse_date("2011/07/26") == clientary.parse_date("2011-07-26")
        assert clientary.parse_date("2011/07/26") == datetime.date(2011, 7, 26)

    def test_none_stays_none(self) -> None:
        """Nullable dates pass through."""
        assert clientary.parse_date(None) is None

    @pytest.mark.parametrize(
        "bad", ["2011/07-26", "26/07/2011", "2011-7-26", "2011-02-30", "", "soon", "2011-07-26T00"]
    )
    def test_bad_strings_name_the_value(self, bad: str) -> None:
        """ValueError quoting what was given."""
        with pytest.raises(ValueError, match=repr(bad).replace("[", r"\[")):
            clientary.parse_date(bad)

    def test_a_day_not_on_the_calendar_is_called_so(self) -> None:
        """February 30 is written right: the message says the day does not exist."""
        with pytest.raises(ValueError, match="'2026-02-30' is a day that does not exist"):
            clientary.parse_date("2026-02-30")

    def test_non_string(self) -> None:
        """Only str or None."""
        with pytest.raises(TypeError, match="int"):
            clientary.parse_date(20110726)  # type: ignore[arg-type]


class TestFormatDate:
    def test_dashes(self) -> None:
        """What requests use."""
        assert clientary.format_date(datetime.date(2011, 7, 6)) == "2011-07-06"

    def test_datetime_is_refused(self) -> None:
        """A datetime would silently lose its time."""
        with pytest.raises(TypeError, match=r"datetime\.date"):
            clientary.format_date(datetime.datetime(2011, 7, 6, 12))


class TestParseTimestamp:
    @pytest.mark.parametrize(
        ("text", "offset_hours"),
        [
            ("2012-11-08T21:20:47Z", 0),
            ("2013-02-06T21:23:21-08:00", -8),
            ("2015-01-01T00:00:00.000Z", 0),
            ("2011/06/29 23:01:08 -0700", -7),
            ("2011-06-29 23:01:08 UTC", 0),
        ],
    )
    def test_offsets_kept(self, text: str, offset_hours: int) -> None:
        """Z, numeric offsets and Ruby's form ("2011/06/29 23:01:08 -0700", a copy of the docs
        shows it) all parse, as aware datetimes."""
        parsed = clientary.parse_timestamp(text)
        assert parsed is not None
        assert parsed.utcoffset() == datetime.timedelta(hours=offset_hours)

    def test_none_and_bad(self) -> None:
        """None passes, garbage and naive times are refused."""
        assert clientary.parse_timestamp(None) is None
        with pytest.raises(ValueError, match="'yesterday'"):
            clientary.parse_timestamp("yesterday")
        with pytest.raises(ValueError, match="offset"):
            clientary.parse_timestamp("2012-11-08T21:20:47")
