# Event.set wakes every waiter, in the order they began to wait.
import asyncio, time

async def waiter(i, ev):
    print(f"waiter {i} waits")
    await ev.wait()
    print(f"waiter {i} woke at {time.perf_counter() - T0:.1f}")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(i, ev)) for i in range(4)]
    await asyncio.sleep(1)
    print("setting")
    ev.set()
    print("is_set", ev.is_set())
    await asyncio.gather(*tasks)
    ev.clear()
    print("is_set after clear", ev.is_set())
    late = asyncio.create_task(waiter(9, ev))
    await asyncio.sleep(0.5)
    ev.set()
    await late

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
