# A bounded queue with two producers and two consumers.
import asyncio, time

async def producer(name, q, n):
    for i in range(n):
        item = f"{name}{i}"
        await q.put(item)
        print(f"put {item} (size {q.qsize()})")
    print(f"producer {name} done")

async def consumer(name, q):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0.3)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(c, q)) for c in ("c1", "c2")]
    await asyncio.gather(producer("p", q, 4), producer("r", q, 3))
    await q.join()
    print("all items processed")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
