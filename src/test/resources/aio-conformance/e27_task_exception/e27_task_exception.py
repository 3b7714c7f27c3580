# Awaiting a failed task raises its exception; result() and exception() report it.
import asyncio, time

class BoomError(Exception):
    pass

async def boom():
    await asyncio.sleep(0.5)
    raise BoomError("kaput")

async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except BoomError as e:
        print("awaiting raised", e)
    print("done", t.done(), "cancelled", t.cancelled())
    print("exception", repr(t.exception()))
    try:
        t.result()
    except BoomError:
        print("result() raised too")
    p = asyncio.create_task(asyncio.sleep(1))
    try:
        p.result()
    except asyncio.InvalidStateError:
        print("pending result: InvalidStateError")
    await p

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
