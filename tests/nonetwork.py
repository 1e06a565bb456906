"""A guard that fails the test on any attempt to open a network connection."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


class NetworkAttempt(AssertionError):
    pass


@contextmanager
def no_network() -> Iterator[list[str]]:
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo, real_create = socket.getaddrinfo, socket.create_connection

    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:] or args))
        raise NetworkAttempt(f"network access attempted: {args[1:] or args}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
        socket.getaddrinfo, socket.create_connection = real_getaddrinfo, real_create
