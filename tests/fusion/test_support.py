from summarizer import Budget, Document, analyse, fuse
from summarizer.fusion.pool import build_pool
from summarizer.fusion.support import Evidence

FERRY_EN = [
    "A ferry capsized in the river on Sunday and 48 passengers were rescued, officials said.",
    "Officials said 48 passengers were rescued after the ferry capsized in the river on Sunday, "
    "while 12 people are still missing.",
    "The ferry capsized in the river on Sunday; 41 passengers were rescued, officials said.",
]
FERRY_AR = [
    "انقلبت عبارة في النهر يوم الأحد وتم إنقاذ 48 راكبا، بحسب المسؤولين.",
    "قال المسؤولون إنه تم إنقاذ 48 راكبا بعد انقلاب العبارة في النهر يوم الأحد، "
    "فيما لا يزال 12 شخصا في عداد المفقودين.",
    "انقلبت العبارة في النهر يوم الأحد وتم إنقاذ 41 راكبا، وفق المسؤولين.",
]


def evidence_of(texts):
    """The evidence of one story made of one report per text (r0, r1, ...)."""
    docs = [analyse(Document(f"r{k}", t)) for k, t in enumerate(texts)]
    return Evidence(build_pool(docs), range(len(docs)))


def brief_of(texts, n=1):
    docs = [Document(f"r{k + 1}", t) for k, t in enumerate(texts)]
    (brief,) = fuse(docs, budget=Budget(sentences=n), stories=False)
    return brief


def test_three_ferry_reports_flag_only_the_rescued_figure():
    (s,) = brief_of(FERRY_EN).sentences
    assert set(s.sources) == {"r1", "r2", "r3"}
    (flag,) = s.disagreements  # not the 12 missing
    assert flag.kind == "number" and flag.quantity == "rescued passengers"
    assert dict(flag.values) == {"48": ("r1", "r2"), "41": ("r3",)}
    (s,) = brief_of(FERRY_AR).sentences
    (flag,) = s.disagreements
    assert flag.quantity == "rescued passengers"
    values = dict(flag.values)
    assert set(values) == {"48", "41"} and values["41"] == ("r3",) and "r1" in values["48"]


def test_figure_support_needs_the_same_quantity():
    texts = [
        "Air France Flight 447 carrying 228 people from Rio de Janeiro to Paris "
        "was reported missing over the Atlantic.",
        "Brazilian search teams looked for the missing Air France Flight 447 from Rio de Janeiro, "
        "which had 228 people on board, near the islands.",
        "The crash of the Air France jet killed all 228 people on board, the airline said a week later.",
        "Air France said it had 230 staff helping the families in Paris.",
    ]
    evidence = evidence_of(texts)
    got = {s.sentence: s.kind for s in evidence.supporters(0, range(4))}
    assert got == {1: "figure"}  # the dead are another quantity; 230 staff another value and thing


def test_each_report_cited_once_and_unrelated_sentences_not_at_all():
    texts = [
        "The central bank raised its main interest rate to 4.5 percent on Tuesday. Traders had expected it.",
        "The central bank raised its main interest rate to 4.5 percent on Tuesday, the bank said. "
        "It raised its main interest rate to 4.5 percent, the governor repeated.",
        "Football fans celebrated in the capital on Tuesday after the final.",
    ]
    s = brief_of(texts).sentences[0]
    assert [c.source for c in s.citations] == ["r1", "r2"]
    assert s.citations[0].representative and s.citations[1].kind == "same"


def test_a_thing_numbered_otherwise_is_another_thing():
    texts = [
        "Alexander Vinokourov of Kazakhstan has won stage 13 of the Tour de France.",
        "Alexandre Vinokourov of Kazakhstan has won stage 15 of the Tour de France.",
        "Vinokourov of Kazakhstan won stage 13 of the Tour de France on Saturday.",
        "فاز فينوكوروف من كازاخستان بالمرحلة 13 من طواف فرنسا.",
    ]
    evidence = evidence_of(texts)
    assert min(evidence.coverage(0, 1)) > 0.5  # the words alone would make it a restatement
    assert {s.sentence for s in evidence.supporters(0, range(3))} == {2}


def test_a_sentence_that_denies_the_fact_does_not_support_it():
    texts = [
        "The prime minister will attend the climate summit in Bali next week, his office said.",
        "The prime minister will not attend the climate summit in Bali next week, his office said.",
        "His office said the prime minister will attend the climate summit in Bali next week.",
        "رئيس الوزراء سيحضر قمة المناخ في بالي الأسبوع المقبل.",
        "رئيس الوزراء لن يحضر قمة المناخ في بالي الأسبوع المقبل.",
        "قال مكتبه إن رئيس الوزراء سيحضر قمة المناخ في بالي الأسبوع المقبل.",
    ]
    evidence = evidence_of(texts)
    assert min(evidence.coverage(0, 1)) > 0.5  # the words alone would make it a restatement
    assert {s.sentence for s in evidence.supporters(0, range(3))} == {2}
    assert {s.sentence for s in evidence.supporters(1, range(3))} == set()
    assert min(evidence.coverage(3, 4)) > 0.5
    assert {s.sentence for s in evidence.supporters(3, range(3, 6))} == {5}


def test_near_copies_that_swap_one_word_state_other_facts():
    texts = [
        "The United States government halts evacuations of injured Haitians to American hospitals.",
        "The United States government resumes evacuations of injured Haitians to American hospitals.",
        "حكومة الولايات المتحدة توقف عمليات الإجلاء في هايتي.",
        "حكومة الولايات المتحدة تستأنف عمليات الإجلاء في هايتي.",
        # a spelling variant, or a word the quantities table counts as the same, is the same word
        "حكومة الولايات المتحدة الأمريكية توقف عمليات الإجلاء في هايتي.",
        "حكومة الولايات المتحدة الأميركية توقف عمليات الإجلاء في هايتي.",
        "The wreckage of the plane was found 650 kilometres off the coast of Brazil.",
        "The wreckage of the plane was found 650 km off the coast of Brazil.",
    ]
    evidence = evidence_of(texts)
    for a, b in ((0, 1), (2, 3)):
        assert min(evidence.coverage(a, b)) > 0.5
        assert evidence.judge(a, b) is None and evidence.judge(b, a) is None
    assert evidence.judge(4, 5) is not None
    assert evidence.judge(6, 7) is not None


def test_near_copies_that_change_two_words_in_one_place_state_other_facts():
    texts = [
        "The singer Adele receives the honorary award of the film festival from its jury president in San Diego.",
        "The singer Adele receives the honorary award of the film festival from its jury president in Los Angeles.",
        "منحت الحكومة جائزة الدولة التقديرية للكاتب الكبير في حفل أقيم بدار الأوبرا في المملكة المغربية.",
        "منحت الحكومة جائزة الدولة التقديرية للكاتب الكبير في حفل أقيم بدار الأوبرا في الجمهورية التونسية.",
        # words added around the fact (a detail, not another fact) still support it
        "The singer Adele receives the honorary award of the film festival from its jury president in San Diego today.",
        # one word for two names one person otherwise: not taken for another fact
        "Police say a man outside the club told LaSalle to stop but he kept going on.",
        "Police say a man outside the club told the young driver to stop but he kept going on.",
    ]
    evidence = evidence_of(texts)
    for a, b in ((0, 1), (2, 3)):
        assert min(evidence.coverage(a, b)) > 0.5
        assert evidence.judge(a, b) is None and evidence.judge(b, a) is None
    assert evidence.judge(0, 4) is not None
    assert not evidence._one_word_swapped(5, 6)


def test_a_close_sentence_with_another_value_witnesses_a_disagreement_without_being_cited():
    texts = [
        "غرمت الجهات التنظيمية الشركة 10 ملايين دولار يوم الاثنين بسبب تسريب البيانات.",
        "فرضت الجهات التنظيمية على الشركة غرامة قدرها 12 مليون دولار يوم الاثنين بسبب تسريب البيانات.",
        "تبرعت الشركة أيضا بمبلغ 12 مليون دولار لصندوق ضحايا الاحتيال.",
    ]
    evidence = evidence_of(texts)
    support = evidence.supporters(0, range(3))
    assert support == []  # the words alone do not make the second a restatement
    witnesses = evidence.witnesses(0, range(3), support)
    assert witnesses == [1]  # the donation is another fact, however equal its figure
    (flag,) = evidence.flags(0, support, witnesses)
    assert dict(flag.values) == {"10 ملايين": ("r0",), "12 مليون": ("r1",)}
    (s,) = brief_of(texts[:2]).sentences
    assert [c.source for c in s.citations] == ["r1"]  # its own report only: r2 is flagged, not cited
    assert [dict(f.values) for f in s.disagreements] == [{"10 ملايين": ("r1",), "12 مليون": ("r2",)}]


def test_a_sentence_giving_other_values_of_two_quantities_witnesses_nothing():
    # another rider's ride told the same way differs in distance and time;
    # another account of one ride differs in one figure and agrees on the rest
    evidence = evidence_of(
        [
            "Vinokourov covered the 54 km course of the time trial in 72 minutes on Sunday.",
            "Cancellara of Switzerland covered the 79 km course of the time trial in 95 minutes on Sunday.",
            "Vinokourov covered the 54 km course of the time trial in 75 minutes, the team said.",
            "The 79 km course of the time trial took riders through the hills.",
        ]
    )
    assert evidence._other_measures(0, 1)
    assert not evidence._other_measures(0, 2)  # the same 54 km: one ride, one time told otherwise
    assert not evidence._other_measures(0, 3)  # one quantity only
    # 1 is close enough to witness (min coverage 0.45), but another ride; 2 is the
    # same ride with another time ("on Sunday" / "the team said" swapped too)
    assert evidence.witnesses(0, range(4), []) == [2]


def test_another_rider_told_the_same_way_is_neither_cited_nor_flagged():
    # close enough to restate each other by words (coverage above SAME), but
    # every figure differs and each names a rider the other does not
    en = [
        "Vinokourov rode the 54 km time trial of the Tour in 72 minutes, the organisers said.",
        "Cancellara won the 79 km time trial of the Tour in 95 minutes, the organisers said on Sunday.",
    ]
    ar = [
        "قطع فينوكوروف مسافة 54 كيلومترا في سباق ضد الساعة خلال 72 دقيقة، بحسب المنظمين.",
        "فاز كانشيلارا في سباق ضد الساعة لمسافة 79 كيلومترا خلال 95 دقيقة، بحسب المنظمين يوم الأحد.",
    ]
    for texts in (en, ar):
        evidence = evidence_of(texts)
        assert min(evidence.coverage(0, 1)) >= 0.45
        assert evidence.judge(0, 1) is None
        for s in brief_of(texts, n=2).sentences:
            assert len(s.citations) == 1 and not s.disagreements
    # one ferry told with other figures and the same words: the same thing, flagged
    ferry = [
        "The ferry was carrying 120 passengers when it capsized on Sunday and 48 were rescued.",
        "The ferry was carrying 130 passengers when it capsized on Sunday and 41 were rescued.",
    ]
    (s,) = brief_of(ferry).sentences
    assert sorted(sorted(dict(f.values)) for f in s.disagreements) == [["120", "130"], ["41", "48"]]


def test_a_figure_told_otherwise_by_another_source_is_flagged_not_taken_for_a_contrary_sentence():
    # the same words but the figure and who said it: one swapped word ("halts" /
    # "resumes") makes a sentence contrary only when the figures agree
    texts = [
        "The death toll from the earthquake in eastern Turkey rose to 1,200 on Monday, officials said.",
        "The death toll from the earthquake in eastern Turkey rose to 1,500 on Monday, the governor said.",
    ]
    evidence = evidence_of(texts)
    assert evidence._one_word_swapped(0, 1) and not evidence.contrary(0, 1)
    (s,) = brief_of(texts).sentences
    assert [dict(f.values) for f in s.disagreements] == [{"1,200": ("r1",), "1,500": ("r2",)}]
    # with the figures agreeing, the one swapped word still says otherwise
    halts = [
        "The factory halts production of 300 cars a day after the fire, the company said.",
        "The factory resumes production of 300 cars a day after the fire, the company said.",
    ]
    assert evidence_of(halts).contrary(0, 1)


def test_one_claim_reported_in_the_same_words_is_one_fact():
    # the seeds' al-Kadhimi statement, in English: the clause after "that"
    # opens with the same words while the rest of each sentence differs
    evidence = evidence_of(
        [
            "While the talks opened on Wednesday, the prime minister affirmed that his country no longer needs "
            "foreign forces, noting that most coalition troops had left.",
            "The prime minister said that his country no longer needs foreign combat troops, but the timetable "
            "will depend on talks this week.",
            "Farmers in the dry north complained on Friday that his country no longer needs foreign wheat, and "
            "prices fell again.",
            "Officials said that the report was wrong about the dam.",
            "Witnesses said that the report was late about the storm.",
        ]
    )
    assert min(evidence.coverage(0, 1)) < 0.5  # too little shared for a restatement by words alone
    assert evidence.judge(0, 1).kind == "same"
    assert evidence.same_claim(0, 2) and evidence.judge(0, 2) is None  # the same words, little else shared
    assert not evidence.same_claim(3, 4)  # "that the report was ...": the claims open otherwise


def test_the_seeds_brief_states_al_kadhimis_statement_once(seeds):
    big = fuse(seeds, budget=Budget(sentences=5))[0]
    said = [s for s in big.sentences if "الكاظمي" in s.text and "بحاجة" in s.text]
    assert len(said) == 1 and {c.source[:3] for c in said[0].citations} == {"001", "002"}
    assert len(big.sentences) == 5  # another sentence takes the place of the repeat
