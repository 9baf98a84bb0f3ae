"""Header conventions and site furniture in imported texts."""

from quotes.extraction import parse_document


def test_date_marker_dateline_and_outlet():
    doc = parse_document(" date 2023-03 Hongkong\n\nCNN\n\n\n\nThe summit opened on Monday in the capital.")
    assert (doc.published, doc.source, doc.body) == ("2023-03", "CNN", "The summit opened on Monday in the capital.")
    assert doc.notes == ("Hongkong",)


def test_headline_line_is_title_and_stays_in_body():
    doc = parse_document("Mayor opens new bridge\n\nThe bridge opened today after ten years of work.")
    assert doc.title == "Mayor opens new bridge" and doc.body.startswith("Mayor opens new bridge")


def test_trailer_and_bio_are_cut_and_teaser_lines_dropped():
    raw = (
        "The council met.\nRelated Articles: “A teaser” for another story\nIt voted.\n"
        "“Coffee fan. Writer.”\nMore Stories\nOther headline"
    )
    doc = parse_document(raw)
    assert doc.body == "The council met.\nIt voted."


def test_no_date_marker_keeps_a_short_first_line():
    doc = parse_document("Putin in Beijing\n\nThe visit began on Tuesday.")
    assert doc.body.startswith("Putin in Beijing") and doc.published == ""
