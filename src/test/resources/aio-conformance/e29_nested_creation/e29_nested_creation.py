# Tasks created by tasks start after everything already queued.
import asyncio, time

async def leaf(name):
    print(f"leaf {name} starts")
    await asyncio.sleep(0)
    print(f"leaf {name} ends")

async def branch(name):
    print(f"branch {name} starts")
    t = asyncio.create_task(leaf(name + ".1"))
    print(f"branch {name} created its leaf")
    await asyncio.sleep(0)
    print(f"branch {name} continues")
    await t
    print(f"branch {name} ends")

async def main():
    a = asyncio.create_task(branch("A"))
    b = asyncio.create_task(branch("B"))
    print("main created branches")
    await asyncio.gather(a, b)

T0 = time.perf_counter()
asyncio.run(main())
print(f"elapsed {time.perf_counter() - T0:.1f}")
