"""The generated protocol module must match the schema it was generated from."""

from stbundle.proto import generate


def test_generated_code_matches_schema() -> None:
    assert generate.stale_outputs() == []


def test_staleness_is_detected(tmp_path, monkeypatch) -> None:
    # A schema edit without regeneration must be caught: point the checker at a changed copy.
    schema = (generate.PROTO_DIR / generate.SCHEMA).read_text()
    (tmp_path / generate.SCHEMA).write_text(schema.replace("bool stop = 2;", "bool halt = 2;"))
    for name in generate.OUTPUTS:
        (tmp_path / name).write_bytes((generate.PROTO_DIR / name).read_bytes())
    monkeypatch.setattr(generate, "PROTO_DIR", tmp_path)
    assert set(generate.stale_outputs()) == set(generate.OUTPUTS)
