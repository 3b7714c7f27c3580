# Workers drain an unbounded queue; join waits for task_done of every item.
import asyncio, time

async def worker(name, q, log):
    while True:
        n = await q.get()
        await asyncio.sleep(n / 10)
        log.append(f"{name}:{n}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    for n in (3, 1, 4, 1, 5, 2):
        q.put_nowait(n)
    log = []
    ws = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    print(log)
    print("empty", q.empty(), "size", q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
