# Condition.notify(n) wakes the n oldest waiters; notify_all the rest.
import asyncio, time

async def consumer(i, cond, box):
    async with cond:
        print(f"consumer {i} waits")
        await cond.wait()
        print(f"consumer {i} woke, box={box}")

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(i, cond, box)) for i in range(5)]
    await asyncio.sleep(1)
    async with cond:
        box.append("first")
        print("notify 2")
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        box.append("second")
        print("notify all")
        cond.notify_all()
    await asyncio.gather(*tasks)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
