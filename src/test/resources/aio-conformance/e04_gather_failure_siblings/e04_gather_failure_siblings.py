# The first failure in gather reaches the awaiter at once; the siblings keep running.
import asyncio, time

class BoomError(Exception):
    pass

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished at {time.perf_counter() - T0:.1f}")
    return name

async def boom():
    await asyncio.sleep(1)
    print("boom raises")
    raise BoomError("boom")

async def main():
    try:
        await asyncio.gather(ok("a", 0.5), boom(), ok("b", 2))
    except BoomError as e:
        print(f"main caught {type(e).__name__}: {e} at {time.perf_counter() - T0:.1f}")
    await asyncio.sleep(1.5)
    print("main ends")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
