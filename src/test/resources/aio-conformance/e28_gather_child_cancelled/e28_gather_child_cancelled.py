# Without return_exceptions, a cancelled child makes gather raise CancelledError.
import asyncio, time

async def child(i):
    await asyncio.sleep(i)
    print(f"child {i} done")
    return i

async def main():
    kids = [asyncio.create_task(child(i)) for i in (1, 2, 3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(1.5)
    kids[1].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("main cancelling", asyncio.current_task().cancelling())
    print("kid 3 still running", not kids[2].done())
    await kids[2]
    print("dup gather", await asyncio.gather(kids[0], kids[0]))

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
