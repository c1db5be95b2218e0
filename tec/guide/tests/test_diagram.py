"""The geometry of the relationship diagram: readable in both arrangements."""

import itertools
import math
import re
from pathlib import Path

import pytest

from tec.accounts.models import Status
from tec.accounts.templatetags.review import BADGE_CLASSES
from tec.guide import diagram, relations
from tec.schemas import registry


@pytest.fixture(scope="module")
def pictures():
    return diagram.layout(registry.DESCRIPTORS, relations.edges()).pictures


def test_every_arrangement_places_every_descriptor_in_its_own_cell():
    for grid in diagram.GRIDS:
        assert set(grid.cells) == set(registry.KEYS)
        assert len(set(grid.cells.values())) == len(registry.KEYS)
        assert grid.key_cell not in grid.cells.values()


def _rects_overlap(a, b):
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _crosses(p, q, r, s):
    def turn(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return turn(p, q, r) * turn(p, q, s) < 0 and turn(r, s, p) * turn(r, s, q) < 0


def _ends(line):
    return (line.x1, line.y1), (line.x2, line.y2)


def _passes_through(line, box):
    (x1, y1), (x2, y2) = _ends(line)
    for step in range(1, 100):
        t = step / 100
        x, y = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
        if box.x + 1 < x < box.x + box.w - 1 and box.y + 1 < y < box.y + box.h - 1:
            return True
    return False


def test_boxes_do_not_overlap_and_stay_inside_the_picture(pictures):
    for picture in pictures:
        for a, b in itertools.combinations(picture.boxes, 2):
            assert not _rects_overlap(a, b)
        for box in picture.boxes:
            assert 0 <= box.x and box.x + box.w <= picture.width
            assert 0 <= box.y and box.y + box.h <= picture.height


def test_lines_start_and_end_on_box_borders_and_cross_nothing(pictures):
    for picture in pictures:
        boxes = {b.key: b for b in picture.boxes}
        for line in picture.lines:
            for box in picture.boxes:
                assert not _passes_through(line, box), (picture.grid.name, line.number, box.key)
        for a, b in itertools.combinations(picture.lines, 2):
            if a.edge.pair != b.edge.pair:
                assert not _crosses(*_ends(a), *_ends(b)), (picture.grid.name, a.number, b.number)
        assert all(line.edge.source in boxes and line.edge.target in boxes for line in picture.lines)


def test_number_badges_keep_clear_of_each_other_and_of_boxes(pictures):
    for picture in pictures:
        for a, b in itertools.combinations(picture.lines, 2):
            distance = math.dist((a.badge_x, a.badge_y), (b.badge_x, b.badge_y))
            assert distance >= 2 * diagram.BADGE_R + 2, (picture.grid.name, a.number, b.number)
        for line in picture.lines:
            for box in picture.boxes:
                assert not (box.x - diagram.BADGE_R < line.badge_x < box.x + box.w + diagram.BADGE_R
                            and box.y - diagram.BADGE_R < line.badge_y < box.y + box.h + diagram.BADGE_R)


def test_lines_are_numbered_alike_in_every_arrangement(pictures):
    numbering = [[(line.number, line.edge) for line in picture.lines] for picture in pictures]
    assert all(n == numbering[0] for n in numbering)
    assert [n for n, _ in numbering[0]] == list(range(1, len(numbering[0]) + 1))


def test_box_labels_wrap_to_fit_the_box(pictures):
    for picture in pictures:
        for box in picture.boxes:
            assert all(len(text) <= 18 for _, text, is_note in box.text_rows if not is_note)
            ys = [y for y, _, _ in box.text_rows]
            assert box.y < min(ys) - 10 and max(ys) < box.y + box.h


def test_boxes_take_the_colour_of_the_status_badges_shown_everywhere_else():
    subtle = {"light": "#f8f9fa", "secondary": "#e2e3e5", "warning": "#fff3cd", "success": "#d1e7dd",
              "danger": "#f8d7da"}  # Bootstrap's pale shade of each badge colour
    css = (Path(__file__).resolve().parents[1] / "static" / "guide" / "guide.css").read_text()
    for status in Status.values:
        badge = re.search(r"text-bg-(\w+)", BADGE_CLASSES[status]).group(1)
        box = re.search(rf"\.gd-box\.status-{status} rect {{ fill: (#\w+);", css).group(1)
        swatch = re.search(rf"\.status-swatch\.status-{status} {{ background: (#\w+);", css).group(1)
        assert box == swatch == subtle[badge], status
