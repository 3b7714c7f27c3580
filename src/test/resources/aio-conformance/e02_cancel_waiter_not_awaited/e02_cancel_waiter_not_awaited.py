# Cancelling a task that awaits another task cancels that other task too (it is what
# the waiter waits on), unless the waiter shields it.
import asyncio, time

async def child(name):
    try:
        await asyncio.sleep(2)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def waiter(t):
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    c1 = asyncio.create_task(child("c1"))
    w1 = asyncio.create_task(waiter(c1))
    c2 = asyncio.create_task(child("c2"))
    w2 = asyncio.create_task(waiter(asyncio.shield(c2)))
    await asyncio.sleep(1)
    w1.cancel()
    w2.cancel()
    await asyncio.sleep(0)
    print("c1 cancelled", c1.cancelled(), "c2 cancelled", c2.cancelled())
    print("c2 result", await c2)

t0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - t0:.1f}")
