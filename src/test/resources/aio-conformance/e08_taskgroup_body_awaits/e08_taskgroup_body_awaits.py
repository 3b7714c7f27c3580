# A failure inside a TaskGroup also cancels the body while it awaits; two failures at once.
import asyncio, time

class BoomError(Exception):
    pass

async def fail_at(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} fails")
    raise BoomError(name)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_at("x", 1))
            tg.create_task(fail_at("y", 1))
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except ExceptionGroup as eg:
        print(f"{eg}")
        print(sorted(str(e) for e in eg.exceptions))
    print(f"after group {time.perf_counter() - T0:.1f}")
    print("current task cancelling:", asyncio.current_task().cancelling())

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
