# Lock waiters are served in FIFO order, and a released lock is not grabbed by a newcomer.
import asyncio, time

async def worker(name, lock, rounds):
    for r in range(rounds):
        async with lock:
            print(f"{name} holds the lock (round {r})")
            await asyncio.sleep(0.1)
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("A", lock, 2), worker("B", lock, 2), worker("C", lock, 2))
    print("locked at end:", lock.locked())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
