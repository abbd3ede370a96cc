"""Pasted article text: the structure of real articles, in English, German, French and
Turkish, found by weighing each line (headings.py), and the lines about the article
(article_meta.py) kept as text and read into the metadata."""

import datetime
import json
from collections import Counter
from pathlib import Path

import pytest

from briefing_studio.importers.text import import_article_text
from briefing_studio.model import BulletList, Paragraph, Table

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
TODAY = datetime.date(2026, 12, 1)


def headings(text: str) -> list[str]:
    return [s.heading for s in import_article_text(text, TODAY).sections if s.heading]


def words(text: str) -> list[str]:
    return " ".join(text.split()).split()


def test_sentences_ending_inside_quotes_or_brackets_are_not_headings():
    endings = ["Sie sagte: „Wir arbeiten.“", 'He said "No."', "Details follow (see below.)",
               "Il a crié « Jamais ! »", "„Wir werden weiter daran arbeiten.“",
               "And then they agreed…", "Bakan, görüşmelerin olumlu geçtiğini söyledi;",
               "The minister paused,"]
    paragraph = "The delegations met again on Monday and talked late into the night.\n"
    text = paragraph + "".join(f"{line}\n{paragraph}" for line in endings)
    assert headings(text) == []


def test_datelines_bylines_credits_and_site_furniture_are_text_not_headings():
    text = (
        "Turkey and Iraq agree a summer release plan for the Tigris\n"
        "By Deniz Arslan, Reuters\n"
        "25 September 2018, 14:32\n"
        "ANKARA, Sept 25 (Reuters) - Turkey and Iraq agreed on Tuesday on a timetable.\n"
        "Photo: AFP\n"
        "Advertisement\n"
        "Read more: Dam levels fall for a third year\n"
        "Share this article\n"
        "— Selim Aydın (@selimaydin) 25 September 2018\n"
        "The deal sets minimum flows for July and August.\n"
        "Additional reporting by Ali Demir; Editing by Jane Roe\n"
    )
    briefing = import_article_text(text, TODAY)
    assert headings(text) == []
    assert briefing.meta.title == "Turkey and Iraq agree a summer release plan for the Tigris"
    assert briefing.meta.date == "2018-09-25"
    assert briefing.meta.source == "Deniz Arslan, Reuters"
    kept = [b.text for s in briefing.sections for b in s.blocks]
    assert "Advertisement" in kept and "Photo: AFP" in kept  # kept as text, not dropped


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Wasserstoffnetz kommt schneller voran\nVon Lena Hoffmann\n14. Mai 2023\n"
     "Berlin (dpa) – Die Bundesregierung will den Bau beschleunigen.\nAnzeige\n"
     "Foto: Bernd Keller/dpa\nDie Länder drängen seit Monaten auf eine Entscheidung.\n",
     "2023-05-14", "Lena Hoffmann, dpa"),
    ("Paris réunit ses voisins pour un pacte de l’eau\nPar Julien Ferrand\n"
     "Publié le 22 août 2023 à 18h40\nPARIS (AFP) - Onze pays se sont engagés mardi.\n"
     "Publicité\nLire aussi : La sécheresse gagne le sud\nLes ministres se reverront.\n",
     "2023-08-22", "Julien Ferrand, AFP"),
    ("Özbekistan ile ticaret hedefi için yol haritası imzalandı\nYazan: Elif Kaya\n"
     "14.11.2022 15:47\nANKARA (AA) - İki ülke yeni bir protokol imzaladı.\nReklam\n"
     "Paylaş\nBunu da okuyun: İhracat rakamları açıklandı\nToplantı Taşkent'te sürecek.\n",
     "2022-11-14", "Elif Kaya, AA"),
])
def test_metadata_lines_in_other_languages_fill_the_metadata(text, date, source):
    briefing = import_article_text(text, TODAY)
    assert [s.heading for s in briefing.sections] == [""]
    assert briefing.meta.date == date and briefing.meta.source == source


def test_a_dateline_without_a_year_is_its_latest_day_not_after_today():
    briefing = import_article_text("ISTANBUL, Nov 3 (Reuters) - Talks resumed.\n", TODAY)
    assert briefing.meta.date == "2026-11-03"
    assert import_article_text("ISTANBUL, Dec 3 (Reuters) - Talks resumed.\n",
                               TODAY).meta.date == "2025-12-03"


def test_reported_by_in_the_lead_names_the_source():
    text = ("The delegations met in Ankara on Monday, reported by Daily Sabah, and agreed "
            "to meet again.\nNext Steps\nThe talks resume in June.\n")
    assert import_article_text(text, TODAY).meta.source == "Daily Sabah"


def test_runs_of_short_lines_are_not_runs_of_sections():
    text = (
        "The office moved last spring and letters should now go to:\n"
        "Ministry of Water Affairs\nPress Office\n14 River Street\nAnkara 06530\n"
        "Le poème qu'elle a lu jeudi soir commence ainsi :\n"
        "la mer se retire\net la ville attend\nun nom que personne ne dit\n"
        "Die Liste der Teilnehmer wurde am Abend veröffentlicht.\n"
        "Berlin\nParis\nAnkara\nBagdad\n"
        "Die Gespräche sollen im Juni fortgesetzt werden.\n"
    )
    assert headings(text) == []


def test_long_unpunctuated_lines_are_prose_and_short_capitalised_lines_head_sections():
    text = (
        "The ministers met on Monday in Ankara to talk about water.\n"
        "Officials from both countries said that they expected a deal before the summer "
        "months began in earnest\n"
        "The statement was issued late in the evening.\n"
        "DISAPPOINTING NIGHT FOR 'IRISHMAN'\n"
        "The film won none of the ten awards it was nominated for.\n"
        "Was bedeutet das für die Bauern?\n"
        "Die Bauern müssen ab Juli weniger Wasser entnehmen.\n"
        "Sınır Kapılarında Yeni Dönem\n"
        "Kapıkule'de bekleme süresi iki saate indi.\n"
    )
    assert headings(text) == ["DISAPPOINTING NIGHT FOR 'IRISHMAN'",
                              "Was bedeutet das für die Bauern?", "Sınır Kapılarında Yeni Dönem"]


def test_what_a_browser_puts_on_the_clipboard_is_read_as_such():
    text = (
        "Key measures agreed on Monday:\n"
        "• Joint patrols along the border\n"
        "◦ by day\n"
        "◦ by night\n"
        "* Early warning\n"
        "The next steps, in order:\n"
        "1) Agree the data\n2) Sign the protocol\n"
        "Country\tShare\tNote\n"
        "Turkey\t40%\tupstream\n"
        "Iraq\t35%\tdownstream\n"
        "Die Bundes\u00adregierung will das Wasserstoff\u00adnetz bis\u00a02032 bauen.\n"
        "```\n"
        "flows = read_gauges(\"Tigris\")\n"
        "print(flows.mean())\n"
        "```\n"
        "Nach dem 10. September 2024 gilt die neue Regel.\n"
        "10. September 2024 war der Stichtag.\n"
    )
    blocks = import_article_text(text, TODAY).sections[0].blocks
    kinds = [type(block) for block in blocks]
    assert kinds == [Paragraph, BulletList, Paragraph, BulletList, Table, Paragraph,
                     Paragraph, Paragraph, Paragraph]
    assert [item.text for item in blocks[1].items] == [
        "Joint patrols along the border", "by day", "by night", "Early warning"]
    assert blocks[3].numbered and [i.text for i in blocks[3].items] == [
        "Agree the data", "Sign the protocol"]
    assert blocks[4].header == ["Country", "Share", "Note"]
    assert blocks[4].rows == [["Turkey", "40%", "upstream"], ["Iraq", "35%", "downstream"]]
    assert blocks[5].text == "Die Bundesregierung will das Wasserstoffnetz bis 2032 bauen."
    assert blocks[6].text == 'flows = read_gauges("Tigris")\nprint(flows.mean())'
    assert blocks[8].text == "10. September 2024 war der Stichtag."  # a date, not item 10


def test_a_dash_opens_a_list_only_when_lines_repeat_it():
    text = ("– Bonjour, dit-il en entrant.\nElle ne répondit pas.\n"
            "Les points retenus :\n– le calendrier\n– le budget\n")
    blocks = import_article_text(text, TODAY).sections[0].blocks
    assert blocks[0] == Paragraph("– Bonjour, dit-il en entrant.")
    assert [item.text for item in blocks[-1].items] == ["le calendrier", "le budget"]


def test_a_kicker_above_the_headline_is_not_the_title():
    text = ("EKONOMİ\nTürkiye ile Özbekistan, ticaret hedefi için yol haritası imzaladı\n"
            "İki ülke yeni bir protokol imzaladı.\n")
    assert import_article_text(text, TODAY).meta.title.startswith("Türkiye ile Özbekistan")


def fixture_articles():
    return sorted(path.parent for path in ARTICLES.glob("*/truth.json"))


def test_the_fixture_articles_keep_their_headings_titles_and_words():
    found = right = real = recalled = 0
    for folder in fixture_articles():
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        pasted = (folder / "article.txt").read_text("utf-8")
        briefing = import_article_text(pasted, TODAY)
        got = [s.heading for s in briefing.sections if s.heading]
        wanted = [" ".join(h.split()) for h in truth["headings"]]
        found += len(got)
        right += sum(heading in wanted for heading in got)
        real += len(wanted)
        recalled += sum(heading in got for heading in wanted)
        assert briefing.meta.title == truth["title"], folder.name
        source = Counter(word for line in pasted.replace("\u00ad", "").splitlines()
                         if not line.startswith("```") for word in words(line))
        kept = Counter(word for text in briefing.words() for word in words(text))
        lost = source - kept
        # list markers are syntax, not words
        assert not [w for w in lost if w not in ("•", "◦", "–", "*", "-") and not
                    w.rstrip(".)").isdigit()], folder.name
    assert len(fixture_articles()) >= 16
    assert right / found >= 0.85 and recalled / real >= 0.85, (right, found, recalled, real)


def test_only_the_head_of_an_article_dates_it_and_only_its_lead_names_a_source():
    text = ("Water talks resume\nBy Jane Doe\nThe delegations met on Monday.\n"
            "The first treaty was signed long ago.\nThe second came later.\n"
            "Then a third.\nAnd a fourth, much later.\nMore followed.\nAnd more.\n"
            "It went on.\nAnd on.\nUntil now.\n"
            "History\nThe treaty was signed in Ankara.\n12 March 1998\n"
            "The minister, as reported by Reuters last week, said no more.\n")
    meta = import_article_text(text, TODAY).meta
    assert meta.date == TODAY.isoformat()  # the date in the story is not the article's
    assert meta.source == "Jane Doe"


def test_a_name_with_its_party_is_not_a_dateline():
    meta = import_article_text("Friedrich Merz (CDU) – der Kanzler sprach lange.\n", TODAY).meta
    assert meta.source == ""


def test_fences_are_lines_of_their_own_and_no_word_beside_them_is_lost():
    text = ("Lead.\n``` closing words here\n```npm install water```\n"
            "~~~~ Chapter Break ~~~~\n```python\nprint(1)\n``` not the end\n```\nAfter.\n")
    texts = [b.text for s in import_article_text(text, TODAY).sections for b in s.blocks]
    assert texts == ["Lead.", "``` closing words here", "```npm install water```",
                     "~~~~ Chapter Break ~~~~", "print(1)\n``` not the end", "After."]


def test_a_numbered_item_beginning_like_a_month_stays_in_its_list():
    blocks = import_article_text("Steps:\n1. Set the timer\n2. Ara bağlantıyı kur\n3. Done\n",
                                 TODAY).sections[0].blocks
    assert [item.text for item in blocks[1].items] == [
        "Set the timer", "Ara bağlantıyı kur", "Done"]
