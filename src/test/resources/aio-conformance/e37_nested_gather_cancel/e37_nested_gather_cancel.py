# Cancelling a task that awaits a gather of gathers cancels every leaf.
import asyncio, time

async def leaf(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def parent():
    inner1 = asyncio.gather(leaf("a", 1), leaf("b", 3))
    inner2 = asyncio.gather(leaf("c", 2), leaf("d", 4))
    try:
        return await asyncio.gather(inner1, inner2)
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(2.5)
    print("cancel:", p.cancel("enough"))
    res = await asyncio.gather(p, return_exceptions=True)
    print("result types:", [type(r).__name__ for r in res])
    print("p cancelled:", p.cancelled())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
