"""Python indices and Qt positions agree even after emoji (two UTF-16 units each)."""

from hypothesis import given
from hypothesis import strategies as st

from app.utf16 import Utf16Map


@given(st.text(alphabet=st.sampled_from(["ا", "ب", "😀", "👍", " ", "a"]), max_size=60))
def test_round_trip(text: str) -> None:
    mapping = Utf16Map(text)
    for i in range(len(text) + 1):
        assert mapping.to_qt(i) == len(text[:i].encode("utf-16-le")) // 2
        assert mapping.to_py(mapping.to_qt(i)) == i
