"""Extract: is a document a readout, and of what engagement?

The rules, all driven by the phrase tables of ``include/languages/*.yaml`` and the
reference files (the code names no language), one module per rule family:

* ``classification``: the **engagement sentence** is the first sentence (title first) holding an
  engagement cue; its most specific cue gives the type (video_call > phone_call > meeting); the
  rules that tell a readout from announcements, roundups, statements and officials' meetings;
* ``participants``: the leaders named, or designated by title and actor ("Kazakh President",
  "President of China"), in the engagement sentence, then in the following cue sentences and the
  title, until two are found; other leaders are mentions; the publishing side;
* ``dates``: an explicit date phrase in a cue sentence, else a weekday phrase resolved against
  the publication date, else the publication date, else unknown;
* ``initiator``: an initiator phrase anywhere in the text; its actor must be a participant's;
* ``figures``: money and percentages, priced in US dollars;
* ``text``: scanning for phrases and splitting sentences.

Real pages (session 4) added: traditional Chinese read through OpenCC; transcripts whose
speakers are leaders; leaders named in an office that is no leader's (president-elect,
vice premier) taking no part; page furniture (mastheads, sections, clocks, captions) told
from the report; dates of undated pages left unknown but their titles read as of the time
the named leaders shared in office.
"""

from readouts.extract.classification import extract, rejected_extraction, without_arabic_marks
from readouts.extract.dates import NOT_A_PAST_DATE, calendar_date, date_phrases, page_date, weekday_date
from readouts.extract.figures import find_figures
from readouts.extract.participants import _office_holder, name_after
from readouts.extract.text import scan, split_sentences, to_common_script

__all__ = [
    "NOT_A_PAST_DATE",
    "_office_holder",
    "calendar_date",
    "date_phrases",
    "extract",
    "find_figures",
    "name_after",
    "page_date",
    "rejected_extraction",
    "scan",
    "split_sentences",
    "to_common_script",
    "weekday_date",
    "without_arabic_marks",
]
