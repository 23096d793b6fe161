"""Where the suite's temporary folders go: /dev/shm only when it has room to spare."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from tests import conftest


def _free(monkeypatch: pytest.MonkeyPatch, free_bytes: int) -> None:
    def statvfs(path: str) -> SimpleNamespace:
        assert path == "/dev/shm"
        return SimpleNamespace(f_bavail=free_bytes // 4096, f_frsize=4096)

    monkeypatch.setattr(os, "statvfs", statvfs)
    monkeypatch.setattr(os, "access", lambda path, mode: True)


def test_a_container_s_small_dev_shm_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _free(monkeypatch, 64 << 20)  # Docker's default /dev/shm
    assert not conftest._shm_has_room()


def test_a_roomy_dev_shm_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _free(monkeypatch, 8 << 30)
    assert conftest._shm_has_room()


def test_no_dev_shm_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def statvfs(path: str) -> SimpleNamespace:
        raise FileNotFoundError(path)

    monkeypatch.setattr(os, "statvfs", statvfs)
    assert not conftest._shm_has_room()
