from briefing_studio import fileformat
from briefing_studio.resources import resource_path


def test_bundled_sample_is_found_and_is_a_valid_briefing():
    sample = resource_path("samples", "regional-water-talks.briefing")
    briefing = fileformat.load(sample)
    assert briefing.meta.title == "Regional Water and Energy Talks"
    assert fileformat.dumps(briefing) == sample.read_text(encoding="utf-8")
