import io
import json

from summarizer.bench import harness
from summarizer.bench.datasets import load
from summarizer.cli import main
from summarizer.registry import default_registry


def make_dataset(path, seeds, multi=False):
    """Items made from the seeds: the references are sentences of the report itself,
    so the greedy oracle's objective is well defined and reachable."""
    rows = []
    for d in seeds:
        body = [l for l in d.text.splitlines() if len(l.split()) > 15]
        refs = [" ".join(body[k] for k in (0, 2, 4)), " ".join(body[k] for k in (1, 2, 5))]
        if multi:
            rows.append({"id": d.id, "documents": [d.text, seeds[0].text], "references": refs, "language": "ar"})
        else:
            rows.append({"id": d.id, "text": d.text, "references": refs, "language": "ar"})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_oracle_is_never_beaten_on_its_objective(tmp_path, seeds):
    # The swaps start from the greedy choice and keep only gains, so the
    # greedy oracle is among the systems that must not beat it.
    items = load(make_dataset(tmp_path / "d.jsonl", seeds))
    systems = [
        "salience",
        "textrank",
        "lexrank",
        "lead",
        "random",
        "sumy-textrank",
        "sumy-lexrank",
        "oracle-greedy",
        "oracle",
    ]
    bench = harness.run(items, systems, registry=default_registry(), progress=False)
    oracle = {r.name: r for r in bench.runs}["oracle"]
    for r in bench.runs:
        assert not r.failures
        for item_id, s in r.scores.items():
            assert oracle.scores[item_id]["rouge2"] >= s["rouge2"] - 1e-9, (r.name, item_id)
    assert bench.interval("oracle", "rouge2").mean > bench.interval("random", "rouge2").mean


def test_bench_command_prints_a_table_and_writes_files(tmp_path, seeds):
    data = make_dataset(tmp_path / "m.jsonl", seeds, multi=True)
    out = io.StringIO()
    code = main(
        [
            "bench",
            str(data),
            "--backends",
            "fusion,textrank,lead,oracle",
            "--no-progress",
            "--out",
            str(tmp_path / "r.json"),
        ],
        out=out,
    )
    text = out.getvalue()
    assert code == 0 and "fusion" in text and "best on ROUGE-2" in text and "p=" in text
    assert "textrank vs lead" in text and "fusion vs textrank" in text
    saved = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert set(saved["table"]) == {"fusion", "textrank", "lead", "oracle"}
    assert not (tmp_path / "r.csv").exists()  # -o writes one file, in the format of its suffix
    assert main(["bench", str(data), "--backends", "lead", "--no-progress", "-o", str(tmp_path / "r.csv")]) == 0
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("system,item,rouge1")


def test_a_failing_item_is_reported_not_dropped(tmp_path, seeds, failing_registry):
    reg = failing_registry
    items = load(make_dataset(tmp_path / "d.jsonl", seeds[:2]))
    bench = harness.run(items, ["fails", "lead"], registry=reg, progress=False)
    run = {r.name: r for r in bench.runs}["fails"]
    assert len(run.failures) == 2 and "boom" in run.failures[0][1] and not run.scores
    assert bench.to_dict()["failures"]["fails"]


def test_unknown_system_is_refused(tmp_path, seeds, capsys):
    data = make_dataset(tmp_path / "d.jsonl", seeds[:1])
    assert main(["bench", str(data), "--backends", "nope"]) == 2
    assert "available:" in capsys.readouterr().err


def test_two_leads_on_a_cluster():
    # ``lead`` reads the reports in the order given, the first one's opening
    # first; ``lead-rr`` takes each report's first sentence in turn.
    from summarizer.bench.datasets import Item
    from summarizer.bench.systems import make_system
    from summarizer.budget import Budget
    from summarizer.types import Document

    a1 = "Alpha one the harbour authority closed the northern docks after storms damaged three cranes overnight."
    a2 = "Alpha two shipping companies rerouted cargo to the southern terminal while engineers inspected the piers."
    a3 = "Alpha three the mayor promised compensation for dock workers who lost shifts during the closure."
    b1 = "Beta one farmers in the valley began harvesting early because forecasters expect heavy frost next week."
    b2 = "Beta two grain prices at the regional market rose sharply as buyers rushed to secure winter supplies."
    b3 = "Beta three the agriculture ministry said subsidies for storage would be paid before the end of the month."
    reports = [f"{a1} {a2} {a3}", f"{b1} {b2} {b3}"]
    item = Item(
        id="c",
        documents=tuple(Document(id=f"r{k}", text=t, language="en") for k, t in enumerate(reports)),
        references=("x",),
        language="en",
    )
    reg = default_registry()
    budget = Budget(sentences=2)
    lead = make_system("lead", reg, None, {})(item, budget)
    rr = make_system("lead-rr", reg, None, {})(item, budget)
    assert [s.split()[:2] for s in lead] == [["Alpha", "one"], ["Alpha", "two"]]
    assert [s.split()[:2] for s in rr] == [["Alpha", "one"], ["Beta", "one"]]
    # lead-rr never sees a date line (the reader leaves it out) and leaves out a sentence that
    # repeats one taken; a short sentence of the text it takes like any other
    dated = Item(
        id="d",
        documents=(
            Document("r0", f"Saturday, January 8, 2005\n\n{a1}", language="en"),
            Document("r1", f"{a1} {b2}", language="en"),
        ),
        references=("x",),
        language="en",
    )
    rr = make_system("lead-rr", reg, None, {})(dated, budget)
    assert [s.split()[:2] for s in rr] == [["Alpha", "one"], ["Beta", "two"]]
    short = Item(
        id="e",
        documents=(Document("r0", f"Storms closed the docks. {a2}", language="en"), Document("r1", b1, language="en")),
        references=("x",),
        language="en",
    )
    rr = make_system("lead-rr", reg, None, {})(short, budget)
    assert [s.split()[:2] for s in rr] == [["Storms", "closed"], ["Beta", "one"]]


def test_brief_groups_stories_as_the_command_does_fusion_reads_one(seeds):
    """``brief`` is what ``summarizer brief`` prints: the seeds are two stories
    (2021 and the 2024 report), a brief each, the larger first; ``fusion``
    makes one brief of every report."""
    from summarizer import fuse
    from summarizer.bench.datasets import Item
    from summarizer.bench.systems import make_system
    from summarizer.budget import Budget

    item = Item(id="s", documents=tuple(seeds), references=("x",), language="ar")
    reg = default_registry()
    budget = Budget(sentences=2)
    briefs = fuse(seeds, budget=budget, registry=reg)
    assert len(briefs) == 2
    assert make_system("brief", reg, None, {})(item, budget) == [s.text for b in briefs for s in b.sentences]
    (one,) = fuse(seeds, budget=budget, registry=reg, stories=False)
    assert make_system("fusion", reg, None, {})(item, budget) == [s.text for s in one.sentences]


def test_default_systems_follow_the_dataset(tmp_path, seeds):
    data = make_dataset(tmp_path / "m.jsonl", seeds[:2], multi=True)
    out = io.StringIO()
    assert main(["bench", str(data), "--no-progress", "--out", str(tmp_path / "r.json")], out=out) == 0
    saved = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {"fusion", "lead", "lead-rr", "oracle"} <= set(saved["table"])
    assert "fusion vs lead-rr" in out.getvalue()


def test_bench_held_out_scores_people_and_refits_the_oracle(tmp_path, seeds):
    data = make_dataset(tmp_path / "d.jsonl", seeds[:3])
    out = io.StringIO()
    code = main(
        [
            "bench",
            str(data),
            "--held-out",
            "--backends",
            "lead,consensus,oracle-greedy",
            "--no-progress",
            "--out",
            str(tmp_path / "r.json"),
        ],
        out=out,
    )
    assert code == 0 and "held out in turn" in out.getvalue()
    saved = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert list(saved["table"]) == ["human", "lead", "consensus", "oracle-greedy"]
    # Rebuilt without the held-out reference, the oracle scores below the
    # harness's oracle, which is fitted to every reference it is scored on.
    fitted = harness.run(load(data), ["oracle-greedy"], registry=default_registry(), progress=False)
    assert saved["table"]["oracle-greedy"]["rouge2"]["mean"] < fitted.interval("oracle-greedy", "rouge2").mean


def test_people_are_scored_only_held_out_and_need_two_references(tmp_path, seeds, capsys):
    data = make_dataset(tmp_path / "d.jsonl", seeds[:1])
    assert main(["bench", str(data), "--backends", "human,lead"]) == 2
    assert "--held-out" in capsys.readouterr().err
    one = tmp_path / "one.jsonl"
    one.write_text(
        json.dumps({"id": "a", "text": seeds[0].text, "references": ["x y z"], "language": "ar"}) + "\n",
        encoding="utf-8",
    )
    assert main(["bench", str(one), "--held-out", "--no-progress"]) == 2
    assert "at least two references" in capsys.readouterr().err


def test_bench_logs_progress_lines_and_a_summary_where_stderr_is_no_terminal(tmp_path, seeds, capsys, monkeypatch):
    import re

    from summarizer import progress

    monkeypatch.setattr(progress, "GAP", 0.0)
    data = make_dataset(tmp_path / "d.jsonl", seeds)  # 5 items
    assert main(["bench", str(data), "--backends", "lead,random"], out=io.StringIO()) == 0
    lines = [re.sub(r", [0-9.]+ s$", "", line) for line in capsys.readouterr().err.splitlines()]
    assert lines == [
        *(f"summarizer: bench: {k}/10 ({10 * k}%), 0 failed" for k in range(1, 10)),
        "summarizer: bench: 2 systems on 5 items, 0 failed",
    ]
    assert main(["bench", str(data), "--backends", "lead", "--no-progress"], out=io.StringIO()) == 0
    (summary,) = capsys.readouterr().err.splitlines()
    assert re.fullmatch(r"summarizer: bench: 1 system on 5 items, 0 failed, [0-9.]+ s", summary)


def test_the_oracle_is_never_empty_where_no_bigram_of_the_reference_is_found(tmp_path):
    from summarizer import Budget
    from summarizer.bench.systems import oracle

    text = (
        "The storm hit the coast on Monday and killed 50 people, officials said. "
        "Rescue teams reached the area on Tuesday. Schools were closed for the week."
    )
    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"id": "c", "text": text, "references": ["A storm killed 50."]}) + "\n")
    (item,) = load(data)
    got = oracle(item, Budget(sentences=1), "en")
    assert got == ["The storm hit the coast on Monday and killed 50 people, officials said."]  # by ROUGE-1
    data.write_text(json.dumps({"id": "c", "text": text, "references": ["Nothing alike at all."]}) + "\n")
    (item,) = load(data)
    assert oracle(item, Budget(sentences=1), "en") == [got[0]]  # nothing in common: the lead
    assert oracle(item, Budget(words=5), "en") == [got[0]]  # cut to the budget when scored, as any extract
