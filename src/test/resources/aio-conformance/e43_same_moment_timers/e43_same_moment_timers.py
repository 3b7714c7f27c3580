# Timers armed for the very same moment: the heap compares only `when`, so they do not
# come out in the order they were armed. Timers armed with call_later from different
# clock readings keep their order.
import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.5
    fired = []
    for i in range(8):
        loop.call_at(when, fired.append, i)
    await asyncio.sleep(1)
    print("call_at, same moment:", *fired)
    fired.clear()
    for i in range(8):
        loop.call_later(0.5, fired.append, i)
    await asyncio.sleep(1)
    print("call_later, one after another:", *fired)
    fired.clear()
    when = loop.time() + 0.5
    handles = [loop.call_at(when, fired.append, i) for i in range(8)]
    handles[0].cancel()
    handles[3].cancel()
    await asyncio.sleep(1)
    print("call_at with 0 and 3 cancelled:", *fired)
    fired.clear()
    # Over 100 timers, more than half of them cancelled: the loop drops the cancelled
    # ones and rebuilds the heap, which reorders the rest once more.
    when = loop.time() + 0.5
    handles = [loop.call_at(when, fired.append, i) for i in range(150)]
    for i, handle in enumerate(handles):
        if i % 5 != 0:
            handle.cancel()
    await asyncio.sleep(1)
    print("150 at the same moment, all but every fifth cancelled:", *fired)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
