# A lock waiter cancelled while queued gives its turn to the next one.
import asyncio, time

async def user(name, lock, hold):
    try:
        async with lock:
            print(f"{name} has the lock")
            await asyncio.sleep(hold)
        print(f"{name} released")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock, 1))
    b = asyncio.create_task(user("b", lock, 1))
    c = asyncio.create_task(user("c", lock, 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("locked", lock.locked())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
