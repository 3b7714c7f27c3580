# A semaphore waiter cancelled while queued does not lose a unit; the rest keep FIFO order.
import asyncio, time

async def worker(i, sem):
    try:
        async with sem:
            print(f"w{i} in at {time.perf_counter() - T0:.1f}")
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"w{i} cancelled")
        raise

async def main():
    sem = asyncio.Semaphore(2)
    ws = [asyncio.create_task(worker(i, sem)) for i in range(5)]
    await asyncio.sleep(0.5)
    ws[2].cancel()
    ws[3].cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print("locked at end:", sem.locked())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
