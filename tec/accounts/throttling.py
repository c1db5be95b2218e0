"""The client address login throttling (django-axes) counts failures against."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or the address the outermost trusted proxy saw when TEC_PROXY_COUNT proxies forward for us."""
    proxies = settings.TEC_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        # Each proxy appends the address it received from; only the last `proxies` entries are trustworthy.
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class ThrottledLoginBackend(AxesStandaloneBackend):
    """django-axes' lockout check for logins over HTTP.

    A call to authenticate() without a request is no web login (a script, the test client's
    login()); there is no address to count against, so it is left to the next backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
