"""SIGTERM and SIGHUP unwound like Ctrl-C while a batch runs."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class Terminated(BaseException):
    """SIGTERM or SIGHUP: unwound like Ctrl-C (not an Exception, so that no
    ``except Exception`` takes it for an item's failure), so that the pool's
    workers stop and multiprocessing's temporary folders are removed."""


@contextlib.contextmanager
def terminated_unwinds() -> Iterator[None]:
    """Within: SIGTERM and SIGHUP raise :class:`Terminated` (where they are
    not ignored and this is the main thread); the handlers are restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated(signum)

    saved = {}
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) is signal.SIG_DFL:
            saved[sig] = signal.signal(sig, stop)
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
