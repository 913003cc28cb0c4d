from __future__ import annotations

import gc

import pytest

from termbase.gcpause import cycle_collection_paused


def test_the_collector_is_paused_then_restored_also_on_error() -> None:
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), cycle_collection_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_what_the_step_kept_is_old_when_the_collector_resumes() -> None:
    # The young collection the resumed collector would run first would walk all of it.
    with cycle_collection_paused():
        kept = [_Node() for _ in range(2000)]
    assert gc.get_count()[0] < 100
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in kept)
    assert not gc.get_freeze_count()


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycle_collection_paused():
            _Node()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_what_is_let_go_is_left_to_the_exit_in_a_process_that_ends_with_its_command(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import weakref

    from termbase import gcpause

    class Big:
        pass

    # A command-line test earlier in this process may have said it ends with its command.
    monkeypatch.setattr(gcpause, "_ENDING", False)
    done = Big()
    gone = weakref.ref(done)
    gcpause.let_go(done)
    del done
    assert gone() is None  # a process that goes on frees it at once
    monkeypatch.setattr(gcpause, "_ENDING", True)
    done = Big()
    kept = weakref.ref(done)
    gcpause.let_go(done)
    del done
    assert kept() is not None  # not freed object by object: the exit takes it back
    gc.collect()
    assert kept() is None  # a full collection still frees it, should the process go on
