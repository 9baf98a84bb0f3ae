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


def test_the_language_is_detected_on_the_cleaned_body():
    doc = parse_document("Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine.")
    assert doc.language == "fr"
    assert parse_document("   \n").language == ""


def test_a_parsed_body_is_not_searched_for_furniture_again(monkeypatch):
    from quotes.extraction import extract_from_document

    def must_not_run(text):
        raise AssertionError("furniture is found once, by parse_document")

    doc = parse_document("Mayor Anna Berg opened the school.\n\n“We built it in one single year,” she said.")
    monkeypatch.setattr("quotes.extraction.reading.find_furniture", must_not_run)
    quotes, _ = extract_from_document(doc)
    assert [q.speaker for q in quotes] == ["Anna Berg"]


def test_a_caption_line_with_its_photo_credit_is_cut_and_running_text_is_not():
    raw = (
        "The mayor opened the bridge.\n"
        "The mayor cuts the ribbon on Monday. Photo Anna Berg / AFP\n"
        "Crowds on the new bridge. (Photo: Reuters)\n"
        "He said the photo was taken by a friend in Paris.\n"
        "Das Foto zeige nichts Neues, sagte er.\n"
        "Visitors on the bridge. Photograph: Tom Hale/Northern Echo\n"
    )
    body = parse_document(raw).body
    assert "Anna Berg" not in body and "Reuters" not in body and "Tom Hale" not in body
    assert "He said the photo was taken" in body and "Das Foto zeige" in body and body.startswith("The mayor opened")


def test_a_language_hint_settles_a_near_call_and_no_more():
    short = "Het is prima."  # the detector alone reads English
    assert parse_document(short).language != "nl"
    assert parse_document(short, language_hint="nl").language == "nl"
    french = "Le gouvernement a annoncé lundi une hausse du prix des billets de train pour l'été prochain."
    assert parse_document(french, language_hint="nl").language == "fr"


def test_a_byline_is_cut_and_a_sentence_opening_with_a_particle_is_not():
    raw = (
        "Vertice sul Mediterraneo a Bari\n\n"
        "dal nostro inviato Giacomo Lattanzi\n\n"
        "Di Maio ha lasciato la sala prima della fine.\n\n"
        "Par Camille Aubertin, correspondante à Rome\n\n"
        "By the river the mayor waited for the minister.\n"
    )
    body = parse_document(raw).body
    assert "Lattanzi" not in body and "Aubertin" not in body
    assert "Di Maio ha lasciato" in body and "By the river the mayor" in body
