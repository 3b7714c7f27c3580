# wait_for around queue.get: the timed-out getter leaves the queue, the next one gets the item.
import asyncio, time

async def getter(name, q, timeout):
    try:
        item = await asyncio.wait_for(q.get(), timeout)
        print(f"{name} got {item} at {time.perf_counter() - T0:.1f}")
    except TimeoutError:
        print(f"{name} timed out at {time.perf_counter() - T0:.1f}")

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q, 0.5))
    b = asyncio.create_task(getter("b", q, 2))
    await asyncio.sleep(1)
    print("putting")
    await q.put("x")
    await asyncio.gather(a, b)
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.3)
    except TimeoutError:
        print("event wait timed out")
    cond = asyncio.Condition()
    state = {"n": 0}
    async def bump():
        for _ in range(3):
            await asyncio.sleep(0.1)
            async with cond:
                state["n"] += 1
                print("bump", state["n"])
                cond.notify_all()
    t = asyncio.create_task(bump())
    async with cond:
        await cond.wait_for(lambda: state["n"] >= 2)
        print("predicate true at n =", state["n"])
    await t

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
