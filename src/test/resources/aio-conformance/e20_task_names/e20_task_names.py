# Tasks are named Task-N in creation order unless named; the main task is Task-1.
import asyncio, time

async def show():
    await asyncio.sleep(0)
    print("running", asyncio.current_task().get_name())

async def main():
    t1 = asyncio.create_task(show())
    t2 = asyncio.create_task(show(), name="custom")
    t3 = asyncio.create_task(show())
    print([t.get_name() for t in (t1, t2, t3)])
    t3.set_name("renamed")
    await asyncio.gather(t1, t2, t3)
    print("all done:", all(t.done() for t in (t1, t2, t3)))

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
