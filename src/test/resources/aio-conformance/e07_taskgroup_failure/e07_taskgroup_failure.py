# TaskGroup: the first failure cancels the siblings still running; the errors come out as an ExceptionGroup.
import asyncio, time

class BoomError(Exception):
    pass

async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            print(f"{name} fails")
            raise BoomError(name)
        print(f"{name} done")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("w1", 0.5))
            tg.create_task(worker("w2", 1, fail=True))
            tg.create_task(worker("w3", 2))
            tg.create_task(worker("w4", 0.8))
        print("not reached")
    except* BoomError as eg:
        print(f"caught {len(eg.exceptions)}: {[str(e) for e in eg.exceptions]}")
    print(f"main continues at {time.perf_counter() - T0:.1f}")

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
