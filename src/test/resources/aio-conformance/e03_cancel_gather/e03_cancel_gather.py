# Cancelling a gather cancels its children; the awaiter gets CancelledError.
import asyncio, time

async def child(i):
    try:
        await asyncio.sleep(i)
        print(f"child {i} done")
        return i
    except asyncio.CancelledError:
        print(f"child {i} cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(1.5)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("main: gather cancelled")
    print("gather cancelled()", g.cancelled())

t0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - t0:.1f}")
