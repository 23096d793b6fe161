"""The YAML reader: same values as PyYAML's safe loader, stricter where data could be lost."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from hubquery import yamlfile
from hubquery.errors import DatasetError


def read(text: str) -> Any:
    return yamlfile.read(text, "f.yaml")


def error(text: str) -> str:
    with pytest.raises(DatasetError) as caught:
        read(text)
    return str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [1, 2.5, -3, 0x1f, 1_000, .inf, -.inf]\nc: {d: null, e: ~, f: true, g: no}\n",
        "- 'quoted: text'\n- \"esc\\u00e9\"\n- |\n  block\n  text\n- >\n  folded\n  text\n",
        "k: &anchor [1, 2]\nl: *anchor\n",
        "plain: hello world\nnum_str: '12'\nempty:\nnested:\n  - a: 1\n    b: [x, {y: z}]\n",
    ],
)
def test_values_match_pyyaml(text: str) -> None:
    assert read(text) == yaml.safe_load(text)


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text()
    | st.sampled_from(
        [
            "yes",
            "No",
            "~",
            "0x1f",
            "1_000",
            "012",
            "1e3",
            ".inf",
            "=",
            "2022-05-27",
            "a: b",
            "- x",
            "",
        ]
    )
)
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.integers() | st.booleans(), inner, max_size=5)
    ),
    max_leaves=30,
)


@given(_DOCUMENTS, st.sampled_from([False, True, None]))
def test_documents_of_any_shape_read_as_pyyaml_reads_them(document: Any, flow: bool | None) -> None:
    """Mappings of plain scalars take a shorter road through the reader: every shape,
    key and scalar still reads as PyYAML's safe loader reads it."""
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    assert read(text) == yaml.safe_load(text)
    assert [item for *_, item in yamlfile.Stream(text, "f.yaml", ["a"])] == (
        document["a"] if isinstance(document, dict) and isinstance(document.get("a"), list) else []
    )


def test_timestamps_stay_text() -> None:
    assert read("published: 2022-05-27\nat: 2022-05-27T09:11:00\n") == {
        "published": "2022-05-27",
        "at": "2022-05-27T09:11:00",
    }


def test_empty_document_is_none() -> None:
    assert read("") is None
    assert read("# only a comment\n") is None


def test_duplicate_keys_are_rejected_with_both_lines() -> None:
    text = "facts:\n- id: a\n  value: 1\n  unit: people\n  value: 2\n"
    assert error(text) == (
        "f.yaml:5:3: facts[0].value: duplicate key 'value' (first given at line 3): "
        "YAML would silently keep only the last"
    )


def test_every_duplicate_key_is_reported() -> None:
    with pytest.raises(DatasetError) as caught:
        read("a: 1\na: 2\nb: {c: 1, c: 2}\n")
    assert [str(p) for p in caught.value.problems] == [
        "f.yaml:2:1: a: duplicate key 'a' (first given at line 1): YAML would silently keep only the last",
        "f.yaml:3:11: b.c: duplicate key 'c' (first given at line 3): YAML would silently keep only the last",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: !!python/object:os.system {}\n",
            "f.yaml:1:4: unsupported tag !!python/object:os.system",
        ),
        ("a: !!python/name:os.system ''\n", "f.yaml:1:4: unsupported tag !!python/name:os.system"),
        ("a: !custom x\n", "f.yaml:1:4: unsupported tag !custom"),
        ("a: !!int twelve\n", "f.yaml:1:4: 'twelve' is not a valid int"),
        ("base: &b {x: 1}\nother:\n  <<: *b\n", "f.yaml:3:3: merge keys (<<) are not supported"),
        ("? [a, b]\n: c\n", "f.yaml:1:3: mapping keys must be plain scalars"),
        ("x: &k [1]\ny: {*k : 1}\n", "f.yaml:2:5: mapping keys must be plain scalars"),
        ("a: &x [1, *x]\n", "f.yaml:1:11: alias *x refers to a node that contains it"),
        ("a: *nowhere\n", "f.yaml:1:4: unknown alias *nowhere"),
        ("--- 1\n--- 2\n", "f.yaml:2:1: a dataset is one YAML document; found another"),
        (
            "a: b: c\n",
            "f.yaml:1:5: YAML syntax error: mapping values are not allowed in this context",
        ),
        ("a: [1, 2\n", "f.yaml:2:1: YAML syntax error"),
        ('a: "unterminated\n', "f.yaml:2:1: YAML syntax error"),
        ("a:\n\tb: 1\n", "f.yaml:2:1: YAML syntax error"),
    ],
)
def test_unsafe_or_lossy_yaml_is_refused(text: str, expected: str) -> None:
    assert error(text).startswith(expected)


def test_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        name, previous = chr(97 + i), chr(96 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    message = error("\n".join(lines) + "\n")
    assert (
        message == "f.yaml:6:8: aliases expand the document beyond 100,000 nodes (an alias bomb?)"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: x\x00y\n", "f.yaml:2:5: character U+0000 is not allowed in YAML"),
        ("a: \x1b[31m\n", "f.yaml:1:4: character U+001B is not allowed in YAML"),
    ],
)
def test_control_characters_are_refused_on_one_line(text: str, expected: str) -> None:
    assert error(text) == expected


def test_modest_aliases_are_fine() -> None:
    text = "s: &s {id: x}\nlist: [" + ", ".join(["*s"] * 1000) + "]\n"
    assert len(read(text)["list"]) == 1000


def test_invalid_utf8_is_located() -> None:
    with pytest.raises(DatasetError) as caught:
        yamlfile.decode(b"a: 1\nb: caf\xe9\n", "f.yaml")
    assert str(caught.value) == "f.yaml:2:7: not UTF-8 text: byte 0xe9 cannot be decoded"


def test_utf8_bom_is_accepted() -> None:
    assert read(yamlfile.decode("\ufeffa: 大连\n".encode(), "f.yaml")) == {"a": "大连"}


def test_locate_finds_keys_items_and_nearest_ancestors() -> None:
    text = "a:\n  b:\n    - x\n    - {c: 1, d: 2}\n"
    assert yamlfile.locate(
        text, [("a", "b", 1, "d"), ("a", "b", 0), ("a", "b", 1, "zz"), ("q",)]
    ) == {
        ("a", "b", 1, "d"): (4, 14),
        ("a", "b", 0): (3, 7),
        ("a", "b", 1, "zz"): (4, 7),
        ("q",): (1, 1),
    }


def test_deep_nesting_is_read_without_recursion_and_refused_past_libyamls_limit() -> None:
    value = read("[" * 900 + "]" * 900)
    for _ in range(899):
        value = value[0]
    assert value == []
    assert "maximum nesting depth" in error("[" * 5000 + "]" * 5000)
