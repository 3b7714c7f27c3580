# Producer/consumer that ends with a None sentinel per consumer.
import asyncio, time

async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.1)
    for _ in range(consumers):
        await q.put(None)

async def consumer(name, q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stops with total {total}")
            return total
        total += item
        print(f"{name} took {item}")

async def main():
    q = asyncio.Queue(maxsize=1)
    results = await asyncio.gather(producer(q, 5, 2), consumer("x", q), consumer("y", q))
    print("totals", results[1:])

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
