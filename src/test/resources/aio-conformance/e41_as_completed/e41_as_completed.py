# as_completed hands out results in the order the work finishes.
import asyncio, time

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    for next_done in asyncio.as_completed(tasks):
        r = await next_done
        print(f"{r} (at {time.perf_counter() - T0:.1f})")
    slow = [asyncio.create_task(fetch(n, d)) for n, d in (("d", 0.2), ("e", 5))]
    try:
        for next_done in asyncio.as_completed(slow, timeout=1):
            print("got", await next_done)
    except TimeoutError:
        print(f"as_completed timed out at {time.perf_counter() - T0:.1f}")
    slow[1].cancel()

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
