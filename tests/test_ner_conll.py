"""`python -m extract ner-conll`: a line out per line in, tokens unchanged, ANERcorp tags."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ner.conll import run_conll

TAGS = {"O"} | {f"{b}-{t}" for b in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}


def conll(text: str) -> str:
    out = io.StringIO()
    run_conll(io.StringIO(text), out)
    return out.getvalue()


def check_aligned(inp: str, out: str) -> None:
    in_lines = inp.splitlines()
    out_lines = out.splitlines()
    assert len(out_lines) == len(in_lines)
    for a, b in zip(in_lines, out_lines, strict=True):
        if not a.strip():
            assert b == ""
        else:
            token, tag = b.split("\t")
            assert token == a.split()[0]
            assert tag in TAGS


def test_tags_a_known_sentence_and_keeps_columns_out():
    inp = "وصل\tO\nالرئيس\tO\nالأمريكي\tO\nجورج\tB-PERS\nبوش\tI-PERS\nإلى\tO\nبغداد\tB-LOC\n.\tO\n"
    out = conll(inp)
    check_aligned(inp, out)
    tags = [line.split("\t")[1] for line in out.splitlines()]
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"


def test_blank_lines_at_start_end_and_between_are_kept():
    inp = "\n\nقال\nأوباما\n\n\nفي\nواشنطن\n\n"
    out = conll(inp)
    check_aligned(inp, out)
    assert out.startswith("\n\n") and out.endswith("\n\n")


def test_very_long_sentence_keeps_every_token():
    words = ["ذهب", "محمد", "إلى", "القاهرة", "،"] * 700
    inp = "\n".join(words) + "\n"
    out = conll(inp)
    check_aligned(inp, out)


def test_empty_input_gives_empty_output():
    assert conll("") == ""


token = st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآ«»،.()-0123456789abcXYZ", min_size=1,
                max_size=8)
line = st.one_of(st.just(""), token, st.tuples(token, st.sampled_from(["O", "B-PERS", "x y"]))
                 .map(lambda p: f"{p[0]}\t{p[1]}"))


@settings(max_examples=60, deadline=None)
@given(st.lists(line, max_size=40))
def test_any_input_keeps_token_count_and_order(lines):
    inp = "".join(x + "\n" for x in lines)
    check_aligned(inp, conll(inp))


def test_command_line_entry_point(extract_cli):
    inp = "زار\nالملك\nعبدالله\nعمان\n"
    code, out, err = extract_cli("ner-conll", stdin=inp)
    assert code == 0, err
    check_aligned(inp, out)
