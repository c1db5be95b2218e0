"""Where the boxes and lines of the relationship diagram go; the template only draws them.

Two fixed arrangements, both without crossing lines: a wide one for laptops (data descriptors
on the left, the system context and the trained model in the centre, the pipeline and the
environments on the right) and a tall one of two columns for phones.
"""

import math
import textwrap
from dataclasses import dataclass

from tec.guide.relations import REFERENCE

PARALLEL_GAP = 10  # distance between side-by-side lines of the same pair
BADGE_R = 12
ARROW_GAP = 3  # arrowheads stop short of the box border
MARGIN = 14
KEY_HEIGHT = 84


@dataclass(frozen=True)
class Grid:
    name: str
    cells: dict  # descriptor key -> (column, row)
    box_w: int
    box_h: int
    col_w: int  # distance between column starts
    row_h: int
    key_cell: tuple | None = None  # a free cell for the picture's key; None puts it below

    @property
    def columns(self):
        return max(col for col, _ in self.cells.values()) + 1

    @property
    def rows(self):
        return max(row for _, row in self.cells.values()) + 1

    @property
    def width(self):
        return MARGIN * 2 + self.col_w * (self.columns - 1) + self.box_w

    @property
    def height(self):
        grid = MARGIN * 2 + self.row_h * (self.rows - 1) + self.box_h
        return grid if self.key_cell else grid + KEY_HEIGHT

    def origin(self, col, row):
        return MARGIN + col * self.col_w, MARGIN + row * self.row_h

    @property
    def key_origin(self):
        if self.key_cell:
            return self.origin(*self.key_cell)
        return MARGIN, self.height - KEY_HEIGHT + 8


WIDE = Grid(
    "wide",
    {"raw_data": (0, 0), "system_context": (1, 0), "data_pipeline": (2, 0),
     "training_data": (0, 1), "trained_model": (1, 1), "development_environment": (2, 1),
     "production_data": (0, 2), "production_environment": (2, 2)},
    box_w=164, box_h=78, col_w=290, row_h=184, key_cell=(1, 2),
)
NARROW = Grid(
    "narrow",
    {"raw_data": (0, 0), "production_data": (1, 0),
     "system_context": (0, 1), "training_data": (1, 1),
     "trained_model": (0, 2), "development_environment": (1, 2),
     "production_environment": (0, 3), "data_pipeline": (1, 3)},
    box_w=140, box_h=78, col_w=232, row_h=170,
)
GRIDS = (WIDE, NARROW)


@dataclass
class Box:
    key: str
    label: str
    x: float
    y: float
    w: float
    h: float
    note: str = ""  # the producing team, or the status inside a project
    href: str = ""
    css: str = ""  # a team or status class

    @property
    def cx(self):
        return self.x + self.w / 2

    @property
    def cy(self):
        return self.y + self.h / 2

    @property
    def text_rows(self) -> list:
        """(y, text, is_note) for each line of text, centred vertically in the box."""
        rows = [(text, False) for text in textwrap.wrap(self.label, 14)]
        rows += [(self.note, True)] if self.note else []
        top = self.cy - (len(rows) - 1) * 9
        return [(round(top + i * 18 + 5, 1), text, is_note) for i, (text, is_note) in enumerate(rows)]


@dataclass
class Line:
    number: int
    edge: object
    x1: float
    y1: float
    x2: float
    y2: float
    badge_x: float
    badge_y: float
    css: str = ""
    open_count: int | None = None  # open mismatches, inside a project

    @property
    def is_reference(self) -> bool:
        return self.edge.kind == REFERENCE


@dataclass
class Picture:
    """One arrangement of the diagram."""

    grid: Grid
    boxes: list
    lines: list

    @property
    def width(self):
        return self.grid.width

    @property
    def height(self):
        return self.grid.height

    @property
    def key_x(self):
        return self.grid.key_origin[0]

    @property
    def key_y(self):
        return self.grid.key_origin[1]


@dataclass
class Diagram:
    """The same boxes and numbered lines in every arrangement."""

    pictures: list

    @property
    def lines(self):
        """The numbered lines of the first arrangement, for lists and tables."""
        return self.pictures[0].lines

    def boxes(self):
        for picture in self.pictures:
            yield from picture.boxes

    def all_lines(self):
        for picture in self.pictures:
            yield from picture.lines


def layout(descriptors, edges, grids=GRIDS) -> Diagram:
    return Diagram([arrange(descriptors, edges, grid) for grid in grids])


def arrange(descriptors, edges, grid) -> Picture:
    """Boxes for the descriptors and numbered lines for the edges, in the order given."""
    boxes = {d.key: Box(d.key, d.label, *grid.origin(*grid.cells[d.key]), grid.box_w, grid.box_h)
             for d in descriptors}
    pairs = {}
    for edge in edges:
        pairs.setdefault(edge.pair, []).append(edge)
    lines = [_line(number, edge, boxes, pairs[edge.pair]) for number, edge in enumerate(edges, start=1)]
    return Picture(grid, list(boxes.values()), lines)


def _line(number, edge, boxes, siblings) -> Line:
    a, b = boxes[edge.source], boxes[edge.target]
    ux, uy = _unit(a, b)
    # Lines sharing a pair run side by side, offset along the normal of the pair taken in a fixed
    # order, so the offset does not depend on which end is the source.
    first, second = sorted((a, b), key=lambda box: box.key)
    nx, ny = _unit(first, second)
    place = siblings.index(edge) - (len(siblings) - 1) / 2
    ox, oy = -ny * place * PARALLEL_GAP, nx * place * PARALLEL_GAP
    start = _exit(a, a.cx + ox, a.cy + oy, ux, uy)
    end = _exit(b, b.cx + ox, b.cy + oy, -ux, -uy)
    if edge.kind == REFERENCE:
        end = (end[0] - ux * ARROW_GAP, end[1] - uy * ARROW_GAP)
    # Badges of side-by-side lines are staggered along the pair so they never cover each other.
    along = place * (2 * BADGE_R + 4) * (1 if (a, b) == (first, second) else -1)
    badge = ((a.cx + b.cx) / 2 + ox + ux * along, (a.cy + b.cy) / 2 + oy + uy * along)
    return Line(number, edge, *(round(v, 1) for v in start + end + badge))


def _unit(a, b):
    dx, dy = b.cx - a.cx, b.cy - a.cy
    length = math.hypot(dx, dy)
    return dx / length, dy / length


def _exit(box, px, py, ux, uy):
    """Where a ray from (px, py) inside the box in direction (ux, uy) leaves the box."""
    limits = []
    if ux:
        limits.append(((box.cx + math.copysign(box.w / 2, ux)) - px) / ux)
    if uy:
        limits.append(((box.cy + math.copysign(box.h / 2, uy)) - py) / uy)
    t = min(limits)
    return px + ux * t, py + uy * t
