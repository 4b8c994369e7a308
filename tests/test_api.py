"""summarizer/api.py: summarize() and read_document(), the library's entry points."""

import pytest

import summarizer
from summarizer import Budget, Document, OptionError, Summary, analyse, read_document, summarize
from summarizer.registry import BUILTINS, Registry

from .conftest import SEEDS

RIVER = "The river rose above the old bridge in the town today. Shops shut early. Schools stayed open."
RIVER_TOO = "The river rose above the old bridge in the town today, officials said. Roads were closed."


@pytest.fixture(scope="module")
def report():
    return read_document(SEEDS / "002_66720f3e99723966.txt")


def test_read_document_names_it_after_its_file(tmp_path):
    path = tmp_path / "flood-report.txt"
    path.write_text(RIVER, encoding="utf-8")
    doc = read_document(path)
    assert doc == Document("flood-report", RIVER, path=str(path))
    assert read_document(str(path), id="r1").id == "r1"


def test_read_document_takes_an_encoding(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("Ça coûte 5 €.".encode("cp1252"))
    assert read_document(path, encoding="cp1252").text == "Ça coûte 5 €."
    with pytest.raises(summarizer.InputError, match="--encoding"):
        read_document(path)  # neither UTF-8 nor Arabic


def test_one_document_gives_one_summary_a_list_gives_a_tuple(report):
    one = summarize(report)
    assert isinstance(one, Summary) and one.sources == (report.id,)
    assert summarize([report]) == (one,) == summarize((report,))
    assert summarize(analyse(report)) == one  # an analysis is taken as it is


def test_one_report_takes_4_sentences_unless_told(report):
    assert len(summarize(report).sentences) == 4
    assert len(summarize(report, budget=Budget(sentences=2)).sentences) == 2
    assert len(summarize(report, budget=Budget(ratio=1.0)).sentences) > 4


def test_several_reports_are_fused_into_one_brief_per_story_of_5_sentences(seeds):
    briefs = summarize(seeds)
    assert isinstance(briefs, tuple) and len(briefs) == 2
    assert [len(b.sentences) for b in briefs] == [5, 5]
    assert len(briefs[0].sources) > len(briefs[1].sources)  # the largest story first
    assert sorted(i for b in briefs for i in b.sources) == sorted(d.id for d in seeds)
    (together,) = summarize(seeds, stories=False)  # fusion's own option
    assert set(together.sources) == {d.id for d in seeds}


def test_strings_become_documents_doc0_doc1():
    assert summarize(RIVER).sources == ("doc0",)
    (brief,) = summarize([RIVER, RIVER_TOO])
    assert set(brief.sources) == {"doc0", "doc1"}
    first = brief.sentences[0]
    assert first.text == "The river rose above the old bridge in the town today."
    assert set(first.sources) == {"doc0", "doc1"}  # the fact both tell, cited in both


def test_the_backend_is_chosen_by_name_with_its_options(report):
    lead = summarize(report, backend="lead", budget=Budget(sentences=3))
    assert lead.backend == "lead"
    assert [s.citations[0].sentence for s in lead.sentences] == [0, 1, 2]
    assert summarize(report, backend="textrank", damping=0.5).backend == "textrank"
    for documents in (report, [report, Document("other", RIVER)]):
        with pytest.raises(OptionError, match=r"no option 'bogus'.*redundancy"):
            summarize(documents, bogus=1)


def test_a_given_registry_is_where_the_backend_is_found(report):
    class Last:
        """The later a sentence, the better."""

        name = "last"

        def scores(self, analysis):
            return [float(i) for i in range(len(analysis.sentences))]

    registry = Registry(BUILTINS, group=None)
    registry.register("last", Last)
    brief = summarize(report, backend="last", registry=registry, budget=Budget(sentences=1))
    n = len(analyse(report).sentences)
    assert brief.backend == "last" and brief.sentences[0].citations[0].sentence == n - 1
    with pytest.raises(summarizer.UnknownBackendError):
        summarize(report, backend="last")  # not in the default registry


def test_a_given_language_is_the_summarys(report):
    assert summarize(report).language == "ar"
    assert summarize(RIVER).language == "en"
    assert summarize(RIVER, language="fr").language == "fr"
