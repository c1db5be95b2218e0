"""Fixtures shared by every app's tests; they are defined in tec/test.py."""

from tec.test import cast, developer, integrator, operator, outsider, owner, project  # noqa: F401
