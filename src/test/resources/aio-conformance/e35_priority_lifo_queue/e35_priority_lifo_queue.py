# PriorityQueue gives the smallest item first, LifoQueue the newest; a full queue makes put wait.
import asyncio, time

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(item)
    while not pq.empty():
        prio, name = await pq.get()
        print(f"priority {prio}: {name}")
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put("first")
    await lq.put("second")
    async def late_put():
        print("late put waits")
        await lq.put("third")
        print("late put done")
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0.5)
    print("got", await lq.get())
    await asyncio.sleep(0)
    print("full again:", lq.full())
    print("got", await lq.get(), "then", await lq.get())
    await t
    try:
        lq.put_nowait("x"); lq.put_nowait("y"); lq.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull at size", lq.qsize())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
