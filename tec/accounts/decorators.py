"""A decorator for project views: login, access through the policy, then the HTTP method.

    @project_view("manage_members", methods=("POST",))
    def member_remove(request, project, pk): ...

The URL's `slug` (and `key`, for descriptor pages) become the loaded `project` argument (and
`key` stays). Access is checked before the method, so a non-member gets 404 whatever the method:
the project's existence is never revealed, not even by a 405.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed

from tec.accounts.access import project_for


def project_view(action="view", methods=("GET", "HEAD"), descriptor=False):
    def decorate(view):
        @login_required
        @wraps(view)
        def wrapper(request, slug, *args, **kwargs):
            key = kwargs.get("key") if descriptor else None
            project = project_for(request, slug, action, key)
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, project, *args, **kwargs)

        return wrapper

    return decorate
