# asyncio.timeout (3.11): the block is cancelled when time runs out, and TimeoutError comes out.
import asyncio, time

async def fetch(delay):
    try:
        await asyncio.sleep(delay)
        return f"fetched in {delay}"
    except asyncio.CancelledError:
        print(f"fetch({delay}) interrupted")
        raise

async def main():
    async with asyncio.timeout(1):
        print(await fetch(0.5))
    try:
        async with asyncio.timeout(1):
            print(await fetch(3))
    except TimeoutError:
        print(f"timed out at {time.perf_counter() - T0:.1f}")
    print("cancelling", asyncio.current_task().cancelling())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
