"""Ratchets on the real-page dev split (tests/realworld/dev), issue #11.

Each overall score of the extractor on tests/realworld/dev, read with the manifest's address
and publication date as ``python -m readouts evaluate tests/realworld/dev`` reads them, must
stay at or above the figure reached when these ratchets were set, less a margin of 0.03.
They are ratchets on dev, below the issue's floors (readout accuracy, participants F1 and
type accuracy >= 0.95, date exact >= 0.90, initiator F1 >= 0.90), which are meant for the
blind split and are not checked here; the margin leaves room for the new dev documents the
corpus helpers add at merge. Raise a ratchet when the extractor improves for good.
"""

from __future__ import annotations

import functools

import pytest

from readouts.config import PROJECT_ROOT
from readouts.evaluate import DevsetReport, evaluate_devset
from readouts.reference import load_reference

REALWORLD_DEV = PROJECT_ROOT / "tests" / "realworld" / "dev"
MARGIN = 0.03
# field -> (measure, the overall figure reached on dev when the ratchet was set: session 36, on the 5,464 dev documents
# after session 36's batches R (115 pages; first sight 0.913 / 0.922 / 0.952 / 0.919 / 0.667 on 3, as session 35's
# extractor reads them) and S (102: 54 read 0.852 / 0.818 / 0.852 / 0.889 / 0.667 on 2 and 48 read 0.896 / 0.889 / 0.870
# / 0.913 / 0.800 on 3 at first sight, as session 35's extractor reads them) were added; session 35's extractor scores
# 0.959 / 0.950 / 0.956 / 0.939 / 0.904 on the same 5,464 (initiator and date equal, the session's gains being in
# readout, participants and type). Session 35 set them on the 5,247 dev documents after session 35's batches O (191
# pages; first sight after the session's first dev rules 0.885 / 0.854 / 0.865 / 0.854 / 0.769 on 8, session 34's 0.880
# / 0.852 / 0.865 / 0.854 / 0.769), P (197; first sight after O's rules 0.873 / 0.813 / 0.909 / 0.859 / 0.571 on 5,
# session 34's 0.873 / 0.805 / 0.909 / 0.848 / 0.571) and Q (107; first sight after P's rules 0.972 / 0.973 / 1.000 /
# 0.982 / 0.667 on 2, session 34's 0.963 / 0.964 / 0.982 / 0.964 / 0.667) were added; session 34's extractor scores
# 0.956 / 0.940 / 0.950 / 0.932 / 0.892 on the same 5,247. Session 34 set them on the 4,752 dev documents after session
# 34's batches L (115 pages; first sight with session 33's extractor 0.922 / 0.904 / 0.952 / 0.919 / 0.600 on 7), M
# (197; first sight after L's rules 0.878 / 0.854 / 0.891 / 0.851 / 0.476 on 16, exactly session 33's) and N (161; first
# sight after L's and M's rules 0.832 / 0.766 / 0.740 / 0.675 / 0.609 on 15, session 33's 0.826) were added; session
# 33's extractor scores 0.957 / 0.940 / 0.949 / 0.933 / 0.864 on the same 4,752. Session 33 set them on the 4,279 dev
# documents after session 33's batches J (81 pages; first sight with session 32's extractor 0.889 / 0.892 / 0.900 /
# 0.875 / 0.667 on 2) and K (107 pages; first sight after J's rules 0.897 / 0.891 / 0.907 / 0.868 / 0.364 on 9, exactly
# session 32's) were added; session 32's extractor scores 0.964 / 0.950 / 0.956 / 0.946 / 0.889 on the same 4,279.
# Session 32 set them on the 4,091 dev documents after session 31's batch G (93 pages, held back until dev could take it
# at the floors) and session 32's batches H (35 pages; first sight with session 31's extractor 0.857 / 0.839 / 0.765 /
# 0.765 / 1.000 on 1) and I (81 pages; first sight with session 32's extractor before its last rules 0.901 / 0.898 /
# 0.884 / 0.860 / 0.800 on 6, as session 31's) were added; session 31's extractor scores 0.964 / 0.944 / 0.956 / 0.947 /
# 0.897 on the same 4,091. Session 31 set them on the 3,882 dev documents after three more fresh batches were added (44,
# 95 and 94 pages; first sight 0.955 / 0.941 / 0.941 / 1.000 / 0.000, 0.832 / 0.780 / 0.854 / 0.792 / 0.833 and, with
# the session's last extractor but one, 0.894 / 0.863 / 0.872 / 0.830 / 0.750, each the same as session 30's extractor);
# session 30's extractor scores 0.963 / 0.944 / 0.958 / 0.949 / 0.893 on the same 3,882; all lower than session 30's
# ratchets because the new pages are harder. Session 30 set them on the 3,649 dev documents after three more fresh
# batches were added (103, 77 and 77 pages; first sight 0.874 / 0.865 / 0.870 / 0.870 / 0.667, 0.896 / 0.900 / 0.850 /
# 0.900 / 0.833 and, with the final extractor, 0.870 / 0.895 / 0.929 / 0.905 / 0.533); session 29's extractor scores
# 0.964 / 0.946 / 0.960 / 0.954 / 0.894 on the same 3,649; every figure is lower than session 29's ratchets because the
# new pages are harder (initiator most: batch C's 11). Session 29 set them on the 3,392 dev documents after three fresh
# batches were added (65, 115 and 60 pages; session 28's extractor scores 0.908 / 0.898 / 0.893 / 0.893 / 0.571, 0.904 /
# 0.867 / 0.929 / 0.875 / 0.778 and 0.917 / 0.910 / 0.879 / 0.909 / 0.889 on them, and 0.966 / 0.947 / 0.964 / 0.955 /
# 0.893 on the whole 3,392); type and date a little lower than session 28's figures because the new pages are harder.
# Session 28 set them on the 3,152 dev documents after 54 fresh pages were added (first sight with the session's
# extractor: 0.796 / 0.789 / 0.742 / 0.778 / 0.000 on 3; with the three general fixes they showed, an upper bound, 0.833
# / 0.831 / 0.806 / 0.833); session 27's extractor scored 0.973 / 0.954 / 0.973 / 0.963 / 0.921 on its 3,098. Session 27
# set them on the 3,098 dev documents after 391 fresh pages of blind's publishers were added (first sight with session
# 26's extractor on 271 of them: 0.930 / 0.864 / 0.922 / 0.907 / 0.222 on 7; 120 more held out: 0.925) and the rules
# they drove merged; lower than session 26's (0.975 / 0.957 / 0.976 / 0.967 / 0.933 on 2,707) because the new pages are
# harder: session 26's extractor scores 0.969 / 0.945 / 0.969 / 0.960 / 0.897 on the same 3,098. Session 24 set them on
# the 2,661 dev documents after 139 fresh pages were added (first sight with session 23's extractor: readout accuracy
# 0.935, initiator F1 0.800 on 3) and the rules they drove merged; readout accuracy and participants F1 a little lower
# than session 23's (0.975 / 0.956 / 0.975 / 0.966 / 0.921 on 2,522) because the new pages are harder: session 23's
# extractor scores 0.973 / 0.954 / 0.972 / 0.964 / 0.918 on the same 2,661. Session 23 set them on 2,522 after 213 fresh
# pages were added (first sight with session 22's extractor: readout accuracy 0.906, initiator F1 0.545 on 8) and the
# rules they drove merged; set lower than session 22's (0.976 / 0.958 / 0.977 / 0.968 / 0.936 on 2,309) because the new
# pages are harder: session 22's extractor scores 0.970 / 0.951 / 0.970 / 0.961 / 0.917 on the same 2,522. Session 22
# set them on 2,309 after 137 fresh pages (first sight with session 21's extractor: readout accuracy 0.956): readout and
# initiator raised. Session 21 (0.975 / 0.958 / 0.977 / 0.968 / 0.928 on 2,172) set them again because dev changed under
# them: session 12's figures (0.983 / 0.982 / 0.986 / 0.982 / 0.976 on 821 documents) were of a smaller, easier dev.
# Earlier: session 11 0.977 / 0.978 / 0.983 / 0.981 / 0.974 on 653, session 9 0.963 / 0.974 / 0.981 / 0.979 / 0.925 on
# 378, session 7 0.916 / 0.927 / 0.924 / 0.889 / 0.744 on 323)
REACHED = {
    "readout": ("accuracy", 0.961),
    "participants": ("f1", 0.954),
    "engagement_type": ("accuracy", 0.958),
    "date": ("accuracy", 0.939),
    "initiator": ("f1", 0.904),
}


@functools.cache
def realworld_dev_report() -> DevsetReport:
    return evaluate_devset(REALWORLD_DEV, load_reference())


def test_the_realworld_dev_split_is_read_whole():
    report = realworld_dev_report()
    assert report.documents >= 300
    assert len(report.languages()) >= 10


@pytest.mark.parametrize("field_name", list(REACHED))
def test_realworld_dev_score_holds_its_ratchet(field_name: str):
    report = realworld_dev_report()
    measure, reached = REACHED[field_name]
    value = getattr(report.overall(field_name), measure)
    misses = [m.file for m in report.mismatches if m.field == field_name]
    assert value >= reached - MARGIN, f"{field_name} {measure} {value:.3f} < {reached} - {MARGIN}: {misses}"


# the issue's floors (#11), meant for the blind split: dev meets them overall; several languages of dev
# (ko, ru, es, de) do not yet, and blind is below them (see the README)
FLOORS = {
    "readout": ("accuracy", 0.95),
    "participants": ("f1", 0.95),
    "engagement_type": ("accuracy", 0.95),
    "date": ("accuracy", 0.90),
    "initiator": ("f1", 0.90),
}


@pytest.mark.parametrize("field_name", list(FLOORS))
def test_realworld_dev_meets_the_issue_floor_overall(field_name: str):
    measure, floor = FLOORS[field_name]
    value = getattr(realworld_dev_report().overall(field_name), measure)
    assert value >= floor, f"{field_name} {measure} on dev {value:.3f} < the floor {floor}"
