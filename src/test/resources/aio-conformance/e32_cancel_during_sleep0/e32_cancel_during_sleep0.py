# Cancellation lands at the next suspension point, even a sleep(0).
import asyncio, time

async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(f"spinner cancelled after {n} turns")
        raise

async def main():
    t = asyncio.create_task(spinner())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    print("cancel requested; done yet?", t.done())
    await asyncio.sleep(0)
    print("after one turn; done?", t.done(), "cancelled?", t.cancelled())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
