"""What spell checking costs, measured and printed.

For each dictionary (en-GB, en-US, tr-TR): its load in the background, with the longest
the GUI thread waited meanwhile (target: no delay a user sees, under 50 ms); one word
checked, each word new to the speller (target: median under 1 ms); a 500-word
paragraph checked again after a keystroke, as the field does at every key (target:
median under 5 ms). Then, where spylls (the pure-Python Hunspell) is installed, the
same Turkish dictionary through it, which is why Hunspell through Enchant was chosen.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/spelling.py
"""

from __future__ import annotations

import resource
import statistics
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from briefing_studio.gui.spelling import SpellService
from briefing_studio.resources import resource_path
from briefing_studio.spelling import checked_words

ROOT = Path(__file__).resolve().parents[1]
TEXTS = {"en-GB": ROOT / "tests" / "fixtures" / "ankara-talks.txt",
         "en-US": ROOT / "tests" / "fixtures" / "ankara-talks.txt",
         "tr-TR": ROOT / "tests" / "fixtures" / "articles" / "tr-bakanlik-kuraklik-eylem-plani"
         / "article.txt"}


def load_in_background(app: QApplication, service: SpellService, language: str):
    """The speller, loaded as the app loads it; the seconds it took, and the longest
    the GUI thread went without running meanwhile."""
    gaps, clock = [], QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    while service.speller(language) is None:
        app.processEvents()
    seconds = time.perf_counter() - start
    timer.stop()
    return service.speller(language), seconds, max(gaps, default=0)


def paragraph_of(words: list[str], count: int = 500) -> str:
    return " ".join((words * (count // len(words) + 1))[:count])


def main() -> None:
    app = QApplication([])
    service = SpellService(personal_folder=Path("/nonexistent-benchmark-folder"))
    for language, source in TEXTS.items():
        text = source.read_text(encoding="utf-8")
        words = [word for _, _, word in checked_words(text)]
        speller, seconds, longest_gap = load_in_background(app, service, language)
        fresh = list(dict.fromkeys(words))
        times = []
        for word in fresh:
            start = time.perf_counter()
            speller.is_right(word)
            times.append(time.perf_counter() - start)
        paragraph = paragraph_of(words)
        speller.misspelt(paragraph)
        again = []
        for index in range(200):
            typed = paragraph + "abcdefghij"[: index % 10 + 1]  # a word growing key by key
            start = time.perf_counter()
            speller.misspelt(typed)
            again.append(time.perf_counter() - start)
        print(f"{language}: loaded in {seconds:.2f} s in the background, the window waited "
              f"at most {longest_gap} ms; one new word {statistics.median(times) * 1e3:.3f} "
              f"ms median ({len(fresh)} words); a 500-word paragraph after a key "
              f"{statistics.median(again) * 1e3:.2f} ms median, "
              f"{max(again) * 1e3:.2f} ms at most")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory with the three dictionaries: {rss:.0f} MB")
    compare_spylls()


def compare_spylls() -> None:
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        print("spylls is not installed: no comparison")
        return
    start = time.perf_counter()
    dictionary = Dictionary.from_files(str(resource_path("dictionaries", "hunspell", "tr_TR")))
    load = time.perf_counter() - start
    words = ["görüşmelerinde", "koordinasyonundan", "görüşmelerindee", "sınır", "kapılarında"]
    times = []
    for word in words * 20:
        start = time.perf_counter()
        dictionary.lookup(word)
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    list(dictionary.suggest("görüşmelerindee"))
    suggest = time.perf_counter() - start
    print(f"spylls tr-TR: loaded in {load:.2f} s, one word {statistics.median(times) * 1e3:.3f} "
          f"ms median, suggestions for a word {suggest:.2f} s")


if __name__ == "__main__":
    main()
