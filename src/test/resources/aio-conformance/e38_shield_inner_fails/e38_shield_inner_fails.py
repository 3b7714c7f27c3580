# A shielded task's own failure still reaches the awaiter; cancel() on a done task is False.
import asyncio, time

class BoomError(Exception):
    pass

async def fragile():
    await asyncio.sleep(0.5)
    raise BoomError("inner broke")

async def main():
    t = asyncio.create_task(fragile())
    try:
        await asyncio.shield(t)
    except BoomError as e:
        print("shield passed on:", e)
    print("cancel done task:", t.cancel())
    s = asyncio.create_task(asyncio.sleep(1))
    print("first cancel:", s.cancel(), "second cancel:", s.cancel(), "cancelling:", s.cancelling())
    try:
        await s
    except asyncio.CancelledError:
        print("sleep task cancelled:", s.cancelled())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
