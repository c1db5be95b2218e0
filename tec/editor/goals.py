"""Goal identifiers: TEC gives every new System Context goal the next `G-NN` and never reuses one."""

import re

GOAL_ID = re.compile(r"^G-(\d+)$")


def goal_number(goal_id) -> int:
    match = GOAL_ID.match(goal_id or "")
    return int(match.group(1)) if match else 0


def format_goal_id(number: int) -> str:
    return f"G-{number:02d}"


def highest_number(*documents) -> int:
    return max((goal_number(goal.get("id")) for doc in documents if doc for goal in _goals(doc)), default=0)


def _goals(document):
    goals = document.get("goals")
    return [goal for goal in goals if isinstance(goal, dict)] if isinstance(goals, list) else []


def assign_goal_ids(document, highest_issued: int):
    """(document, highest) with an id for every goal that has none, numbered after every id issued so far."""
    highest = max(highest_issued, highest_number(document))
    for goal in _goals(document):
        if not (goal.get("id") or "").strip():
            highest += 1
            goal["id"] = format_goal_id(highest)
    return document, highest


def duplicate_goal_ids(document):
    seen, duplicates = set(), []
    for index, goal in enumerate(_goals(document)):
        goal_id = goal.get("id")
        if goal_id and goal_id in seen:
            duplicates.append((index, goal_id))
        seen.add(goal_id)
    return duplicates
