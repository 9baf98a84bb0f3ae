"""A news page's article: its main text and what the page says of it (title, date, authors,
outlet, canonical URL), by trafilatura, which is made for news pages: menus, comments, bylines and
related-article boxes stay out. The text is what an import stores; offsets point into it."""

from .text import count_words

MIN_ARTICLE_WORDS = 10



def page_article(page: bytes | str, url: str | None = None) -> tuple[str, dict]:
    """(the article's text, its provenance as sidecar keys) of an HTML page; ValueError when the
    page holds no article text."""
    import trafilatura  # (a third of a second to import: only an import of web pages pays it)

    found = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    data = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    text = (data.get("text") or "").strip()
    if count_words(text) < MIN_ARTICLE_WORDS:  # a menu or a cookie notice is no article
        raise ValueError("no article text found in the page")
    authors = [name.strip() for name in (data.get("author") or "").split(";") if name.strip()]
    provenance = {
        "url": data.get("url") or url, "title": data.get("title"), "outlet": data.get("sitename"),
        "authors": authors or None, "published": data.get("date"),
    }
    return text, {key: value for key, value in provenance.items() if value}
