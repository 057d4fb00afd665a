"""The server's small parts on their own: origin policy, frame decoding, outbox, worker pool."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from stbundle.proto import stbundle_pb2 as pb
from stbundle.server.origin import OriginPolicy, normalise_origin
from stbundle.server.outbox import FRAME_OVERHEAD_BYTES, Outbox, OutboxOverflow
from stbundle.server.protocol import (
    ProtocolError,
    batch_frame,
    close_reason,
    decode_back_msg,
    widget_id_of,
)
from stbundle.server.workers import WorkerPool


def test_origin_normalisation() -> None:
    assert normalise_origin("HTTP://Example.COM:80/") == "http://example.com"
    assert normalise_origin("https://example.com:8443") == "https://example.com:8443"


@pytest.mark.parametrize(
    ("origin", "host", "allowed", "ok"),
    [
        (None, "localhost:8501", (), True),  # not a browser
        ("http://localhost:8501", "localhost:8501", (), True),
        ("https://app.example.com", "app.example.com", (), True),  # TLS ends at a proxy
        ("http://localhost:8502", "localhost:8501", (), False),
        ("http://evil.example", "localhost:8501", (), False),
        ("null", "localhost:8501", (), False),
        ("https://good.example", "localhost:8501", ("https://good.example",), True),
        ("https://good.example:444", "localhost:8501", ("https://good.example",), False),
        ("http://anything.example", "localhost:8501", ("*",), True),
    ],
)
def test_origin_policy(origin: str | None, host: str, allowed: tuple[str, ...], ok: bool) -> None:
    assert OriginPolicy(allowed).permits(origin, host=host) is ok


def test_decode_accepts_a_rerun_request() -> None:
    msg = pb.BackMsg()
    msg.rerun.fragment_id = "f"
    assert decode_back_msg(msg.SerializeToString(), max_bytes=100).rerun.fragment_id == "f"


def test_decode_checks_size_before_parsing() -> None:
    msg = pb.BackMsg()
    msg.rerun.query_string = "x" * 200
    with pytest.raises(ProtocolError) as err:
        decode_back_msg(msg.SerializeToString(), max_bytes=100)
    assert err.value.code == 1009


def test_close_reasons_fit_a_close_frame() -> None:
    reason = close_reason("é" * 200)
    assert len(reason.encode()) <= 123 and reason.endswith("...")


def test_outbox_delivers_in_order_across_threads_and_overflows() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        box = Outbox(loop, max_bytes=10 << 20)

        def produce() -> None:
            for i in range(5000):
                box.put(b"%d" % i)

        producer = threading.Thread(target=produce)
        producer.start()
        got: list[bytes] = []
        while len(got) < 5000:
            got.extend(await asyncio.wait_for(box.get_batch(), 5))
        producer.join()
        assert got == [b"%d" % i for i in range(5000)]
        small = Outbox(loop, max_bytes=200)
        for i in range(5):  # the fourth passes the bound, the fifth finds it reached
            small.put(b"%d" % i)
        with pytest.raises(OutboxOverflow):
            await small.get_batch()

    asyncio.run(main())


def test_outbox_counts_bytes_in_flight_and_reports_overflow_at_once() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        calls: list[int] = []
        box = Outbox(
            loop, max_bytes=10_000, max_frame_bytes=3_000, on_overflow=lambda: calls.append(1)
        )
        big = b"x" * 20_000
        box.put(big)  # larger than the bound, but the backlog was under it: it goes
        assert await box.get_batch() == [big]
        box.put(b"y")  # the big one is still being sent: the bound is reached
        assert box.overflowed and box.held_bytes == 20_000 + FRAME_OVERHEAD_BYTES
        await asyncio.sleep(0)  # the overflow is reported on the loop, without a get_batch
        assert calls == [1]
        with pytest.raises(OutboxOverflow):
            await box.get_batch()

        frames = Outbox(loop, max_bytes=100_000, max_frame_bytes=3_000)
        for _ in range(10):
            frames.put(b"z" * 1_000)
        sizes = []
        while frames.held_bytes:
            sizes.append(len(await frames.get_batch()))
            frames.sent()
        assert sizes == [3, 3, 3, 1]  # a backlog leaves in frames of about max_frame_bytes

    asyncio.run(main())


def test_worker_pool_grows_for_blocked_jobs_and_reuses_idle_threads() -> None:
    pool = WorkerPool(idle_seconds=5)
    release = threading.Event()
    started = threading.Semaphore(0)

    def blocked() -> None:
        started.release()
        release.wait(5)

    for _ in range(3):
        pool.submit(blocked)
    for _ in range(3):
        assert started.acquire(timeout=5)  # all three run at once: none waits for another
    assert pool.thread_count == 3
    release.set()
    time.sleep(0.1)
    done = threading.Event()
    pool.submit(done.set)
    assert done.wait(5)
    assert pool.thread_count == 3  # an idle thread took it
    pool.shutdown()


def test_a_batch_frame_is_a_forward_msg_batch_of_the_serialized_messages() -> None:
    msgs = [
        pb.ForwardMsg(script_started=pb.ScriptStarted(run_id="r1")),
        pb.ForwardMsg(delta=pb.Delta(new_element=pb.Element(text=pb.Text(body="x" * 300)))),
        pb.ForwardMsg(),  # an empty message is zero bytes on the wire, and still one entry
    ]
    frame = batch_frame([m.SerializeToString() for m in msgs])
    assert list(pb.ForwardMsgBatch.FromString(frame).msgs) == msgs
    assert frame == pb.ForwardMsgBatch(msgs=msgs).SerializeToString()


def test_stateful_tabs_and_expanders_are_widgets_the_page_was_shown() -> None:
    def block(**kw: object) -> pb.ForwardMsg:
        return pb.ForwardMsg(delta=pb.Delta(add_block=pb.Block(**kw)))

    stateful = block(tab_container=pb.Block.TabContainer(common=pb.WidgetCommon(id="$$ID-t")))
    assert widget_id_of(stateful) == "$$ID-t"
    expander = block(expander=pb.Block.Expander(label="E", common=pb.WidgetCommon(id="$$ID-e")))
    assert widget_id_of(expander) == "$$ID-e"
    assert widget_id_of(block(tab_container=pb.Block.TabContainer())) is None
    assert widget_id_of(block(vertical=pb.Block.Vertical())) is None
